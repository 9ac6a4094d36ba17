import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The thirty-ninth held-out set's Estonian CVs: CVs written in a second language or in a country not the writer's
 * own, and CVs that travelled between formats before they reached the recruiter – a CV translated from Finnish,
 * German, Russian, Czech or English with the other language's dates, titles and school names; immigrants with jobs in
 * two or three countries (Georgia, Germany, Belarus, Lithuania, India, the Emirates, Latvia, Kenya, Finland, Sweden,
 * Ukraine, Poland, the US, China, Hungary, Austria, Kazakhstan, Afghanistan, Turkey, Azerbaijan, the UK); CVs pasted
 * from a web form, an application form or a job portal, or copied out of a PDF; and CVs written on the candidate's
 * behalf by a friend, a son, a volunteer mentor, a recruitment agency or a machine translator. A forest engineer and
 * a logistics coordinator have never sold.
 */
export const HELD_OUT_39_ET: CvSource[] = [
  {
    id: 'et-h39-01-soome-keelest-tolgitud-kliendihaldur-koristusteenused-tallinn',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Titaan Üks',
    nameLine: 'ELULOOKIRJELDUS (tõlge soome keelest) – Kandidaat Titaan Üks',
    email: 'titaan.yks3901@example.com',
    phone: '+358 40 718 2239',
    contactLines: ['Tallinn, Kalamaja (kuni 2025 Vantaa, Soome)'],
    afterContact: [
      { kind: 'heading', text: 'Isikuandmed' },
      {
        kind: 'table',
        rows: [
          ['Sünniaeg', '14.6.1988'],
          ['Kodakondsus', 'Soome'],
          ['Perekonnaseis', 'abielus, üks laps'],
          ['Juhiload', 'B'],
        ],
      },
    ],
    headings: {
      profile: 'Lühidalt',
      work: 'Töökogemus',
      education: 'Koolitus',
      courses: 'Täienduskoolitus',
      languages: 'Keeleoskus',
      skills: 'Muud oskused',
    },
    profile: [
      'Olen soomlane ja kolisin 2025. aasta kevadel perega Tallinna. Olen üle kümne aasta pakkunud ettevõtetele ' +
        'koristus- ja kinnisvarahooldusteenuseid, viimati Vantaas müügijuhina. Tallinnas haldan Soome ' +
        'koristusfirma Eesti tütarettevõtte ärikliente ja soovin jääda Eesti turule pikemaks ajaks.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Kliendihaldur', 'Siisti Työ Eesti OÜ', '2025-03', null, true, '1.3.2025–', [
          'Tallinna ja Harjumaa äriklientide haldamine ning uute lepingute sõlmimine: bürood, kaubanduskeskused, ' +
            'hambakliinikud',
          'Praegu 38 lepingulist klienti; nende lepingute aastamaht kokku umbes 1,1 milj. eurot',
          'Pakkumised ja hinnaläbirääkimised haldusjuhtide ja juhatuse liikmetega, kes lepingu üle otsustavad',
        ]),
        lines: ['Kliendihaldur (asiakkuuspäällikkö)', 'Siisti Työ Eesti OÜ, Tallinn, 1.3.2025–'],
      },
      {
        ...job('Müügijuht', 'Siisti Työ Oy', '2016-08', '2025-02', true, '1.8.2016–28.2.2025', [
          'Uusimaa piirkonna ärikliendid, umbes 120 lepingut (bürood, koolid, tervisekeskused)',
          'Kolme müügiesindaja värbamine ja juhendamine',
          'Omavalitsuste hankepakkumised',
        ]),
        lines: ['Müügijuht (myyntipäällikkö)', 'Siisti Työ Oy, Vantaa, 1.8.2016–28.2.2025'],
      },
      {
        ...job('Müügiesindaja', 'Kotipuhdas Oy', '2011-06', '2016-07', true, '1.6.2011–31.7.2016', [
          'Kontori- ja kodukoristuse lepingud Päijät-Häme piirkonnas',
          'Uute klientide otsimine telefoni teel ja kohapeal',
        ]),
        lines: ['Müügiesindaja (myyntiedustaja)', 'Kotipuhdas Oy, Lahti, 1.6.2011–31.7.2016'],
      },
      {
        ...job('Koristaja', 'Kotipuhdas Oy', '2008', '2010', false, 'suved 2008–2010 (suvetöö)'),
        lines: ['Koristaja (siivooja)', 'Kotipuhdas Oy, Lahti, suved 2008–2010 (suvetöö)'],
      },
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Lahden ammattikorkeakoulu, liiketalous (ärindus), tradenomi (AMK) – vastab rakenduskõrgharidusele, 2007–2011',
        { field: 'liiketalous', institution: 'Lahden ammattikorkeakoulu', startYear: 2007, endYear: 2011 },
      ),
      edu('keskharidus', 'Lahden lyseon lukio, ylioppilastutkinto (keskharidus), 2007', {
        institution: 'Lahden lyseon lukio',
        endYear: 2007,
      }),
    ],
    courses: [
      named('Eesti keel A2', 'Eesti keel A2, keelekursus Tallinnas, 2025'),
      named('Teenuste pakkumine avalikule sektorile', 'Teenuste pakkumine avalikule sektorile, 2019'),
    ],
    certifications: [],
    languages: [
      lang('fi', 'native', 'soome – emakeel'),
      lang('sv', 'B1', 'rootsi – rahuldav (koolirootsi)'),
      lang('en', 'B2', 'inglise – hea'),
      lang('et', 'A2', 'eesti – algtase (õpin)'),
    ],
    skills: ['Läbirääkimisoskus', 'Kliendisuhted', 'Excel, Lemonsoft, Salesforce'],
    clientBase: { activeAccounts: 38, annualRevenueEur: 1_100_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'negotiation', 'relationship_building'],
    closing: [
      {
        kind: 'paragraph',
        text: 'Tõlge soome keelest. Tõlkija: Tõlkija Üks, tõlkebüroo Sanasild OÜ, Tallinn, 12.10.2026.',
      },
    ],
  },
  {
    id: 'et-h39-02-gruusiast-saksamaa-kaudu-kliendihaldur-gruusia-toidukaubad-tartu',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Titaan Kaks',
    email: 'kaks.titaan39@example.org',
    phone: '+372 5824 3906',
    contactLines: ['Tartu, Karlova', 'Gruusia kodanik, tähtajaline elamisluba töötamiseks'],
    tagline: 'Kliendihaldur – Gruusia veinid, mineraalvesi ja toidukaubad',
    headings: {
      contact: 'Kontakt',
      profile: 'Minust',
      work: 'Töö kogemus',
      courses: 'Kursused',
      languages: 'Keeled',
      skills: 'Mida ma oskan',
    },
    profile: [
      'Olen pärit Kutaisist (Gruusia). Kodus töötasin veinifirmas müügiagendina, siis kaks aastat Saksamaal laos ' +
        'ja alates 2019 elan Tartus. Eesti keelt räägin hästi, kirjutamises on vahel vigu – selle CV kirjutasin ise ' +
        'ja sõber parandas.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job('Kliendihaldur', 'Kolhida Import OÜ', '2023-02', null, true, 'veebruarist 2023 kuni praegu', [
          'minu kliendid on 55 poodi, restorani ja kohvikut Tartus, Tartumaal ja Viljandimaal',
          '2025. aastal nende tellimused kokku 640 000 €',
          'omanikud ja peakokad otsustavad ise, mida nad võtavad – teen neile degusteerimise kohapeal',
          'uute klientide leidmine, tellimused, arved ja laoseis',
        ]),
        lines: ['veebruarist 2023 kuni praegu   Kliendihaldur – Kolhida Import OÜ, Tartu'],
      },
      {
        ...job('Müüja', 'Karlova Toidupood OÜ', '2019-03', '2023-01', true, 'märtsist 2019 kuni jaanuarini 2023', [
          'kassa, kauba vastuvõtt, klientide nõustamine',
          'hiljem vastutasin ka Gruusia kaupade riiuli eest',
        ]),
        lines: ['märtsist 2019 kuni jaanuarini 2023   Müüja – Karlova Toidupood OÜ, Tartu'],
      },
      {
        ...job(
          'Lagerhelfer',
          'Rheinfrucht Logistik GmbH',
          '2017-04',
          '2019-02',
          false,
          'aprillist 2017 kuni veebruarini 2019',
          ['puu- ja köögiviljade komplekteerimine, tõstukiga töö'],
        ),
        lines: [
          'aprillist 2017 kuni veebruarini 2019   Lagerhelfer (laotöötaja) – Rheinfrucht Logistik GmbH, Mainz, ' +
            'Saksamaa',
        ],
      },
      {
        ...job(
          'Müügiagent',
          'Imereti Wine Cellars LLC',
          '2012-09',
          '2017-03',
          true,
          'septembrist 2012 kuni märtsini 2017',
          [
            'veini müük restoranidele, hotellidele ja poodidele Imereti piirkonnas, umbes 80 klienti',
            'veinituurid turistidele',
          ],
        ),
        lines: ['septembrist 2012 kuni märtsini 2017   Müügiagent – Imereti Wine Cellars LLC, Kutaisi, Gruusia'],
      },
    ],
    education: [
      edu(
        'bakalaureus',
        'Kutaisi Akaki Tsereteli Riiklik Ülikool (Gruusia), turism ja hotellindus, bakalaureus, 2008–2012',
        {
          field: 'turism ja hotellindus',
          institution: 'Kutaisi Akaki Tsereteli Riiklik Ülikool',
          startYear: 2008,
          endYear: 2012,
        },
      ),
      edu('keskharidus', 'Kutaisi 41. kool, keskharidus, 2008', { institution: 'Kutaisi 41. kool', endYear: 2008 }),
    ],
    courses: [
      named('Eesti keele kursus B2', 'Eesti keele kursus B2, Tartu, 2021–2022'),
      named('Toiduhügieeni koolitus', 'Toiduhügieeni koolitus, 2023'),
    ],
    certifications: [],
    languages: [
      lang('ka', 'native', 'gruusia – emakeel'),
      lang('ru', 'C1', 'vene – väga hea'),
      lang('et', 'B2', 'eesti – B2'),
      lang('en', 'B2', 'inglise – hea'),
      lang('de', 'B1', 'saksa – suhtlustasemel'),
    ],
    skills: ['Suhtlemisoskus', 'Müük restoranidele ja poodidele', 'Degusteerimiste korraldamine', 'Juhiload B'],
    clientBase: { activeAccounts: 55, annualRevenueEur: 640_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'sales'],
  },
  {
    id: 'et-h39-03-vormist-kopeeritud-cv-muuja-kassiir-narva',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Titaan Kolm',
    nameLine: 'Ees- ja perekonnanimi: Kandidaat Titaan Kolm',
    email: 'titaan.kolm.3903@example.net',
    phone: '5661 0394',
    contactLines: ['Elukoht: Narva', 'Sünniaasta: 2006', 'Soovitud ametikoht: müügiesindaja, müügikonsultant'],
    headings: {
      profile: 'Lühitutvustus:',
      work: 'Töökogemus:',
      education: 'Haridus:',
      courses: 'Koolitused:',
      languages: 'Keeleoskus:',
      skills: 'Lisainfo:',
    },
    profile: [
      'Lõpetasin 2025. aastal gümnaasiumi ja töötan toidupoes müüja-kassiirina. Mulle meeldib klientidega ' +
        'rääkida ja tahan edasi liikuda müügiesindaja tööle. Eesti keelt õpin edasi, praegu on tase B1.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Müüja-kassiir',
          'Narva Toidukaubandus OÜ',
          '2025-10',
          null,
          true,
          'Algus: 10.2025 | Lõpp: töötan praegu',
          ['Tööülesanded: klientide teenindamine kassas, kauba väljapanek, tellimuste vastuvõtt telefoni teel'],
        ),
        lines: ['Ametikoht: Müüja-kassiir | Tööandja: Narva Toidukaubandus OÜ | Algus: 10.2025 | Lõpp: töötan praegu'],
      },
      {
        ...job(
          'Jäätisemüüja',
          'Narva-Jõesuu Rannakiosk OÜ',
          '2025-06',
          '2025-08',
          true,
          'Algus: 06.2025 | Lõpp: 08.2025',
          ['Tööülesanded: jäätise ja jookide müük, kassa, kioski avamine ja sulgemine'],
        ),
        lines: ['Ametikoht: Jäätisemüüja | Tööandja: Narva-Jõesuu Rannakiosk OÜ | Algus: 06.2025 | Lõpp: 08.2025'],
      },
      {
        ...job('Malevlane', 'Narva Noortemalev MTÜ', '2024-07', '2024-07', false, 'Algus: 07.2024 | Lõpp: 07.2024', [
          'Tööülesanded: –',
        ]),
        lines: ['Ametikoht: Malevlane | Tööandja: Narva Noortemalev MTÜ | Algus: 07.2024 | Lõpp: 07.2024'],
      },
    ],
    education: [
      edu('keskharidus', 'Õppeasutus: Narva Keeltelütseum | Haridustase: keskharidus | Lõpetamise aasta: 2025', {
        institution: 'Narva Keeltelütseum',
        endYear: 2025,
      }),
    ],
    courses: [
      named('Toiduhügieeni algkoolitus', 'Koolituse nimetus: Toiduhügieeni algkoolitus | Aasta: 2025'),
      named('Eesti keel B1', 'Koolituse nimetus: Eesti keel B1 | Aasta: 2025–2026'),
    ],
    certifications: [],
    languages: [
      lang('ru', 'native', 'Keel: vene | Tase: emakeel'),
      lang('et', 'B1', 'Keel: eesti | Tase: B1'),
      lang('en', 'B2', 'Keel: inglise | Tase: B2'),
    ],
    skills: [
      'Arvutioskus: MS Office, Google Docs',
      'Juhiload: puuduvad',
      'Isikuomadused: suhtlemisoskus, kohusetundlik, õpihimuline',
    ],
    clientBase: null,
    competencies: ['communication'],
    closing: [{ kind: 'paragraph', text: 'Vormi täitmise kuupäev: 28.10.2026' }],
  },
  {
    id: 'et-h39-04-saksa-elulugu-tolgitud-muugiesindaja-soojuspumbad-parnu',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Titaan Neli',
    nameLine: 'Elulookirjeldus (Lebenslauf) – Kandidaat Titaan Neli',
    email: 'neli.titaan3904@example.com',
    phone: '+372 5391 4420',
    contactLines: ['Pärnu, Rääma'],
    afterContact: [
      { kind: 'heading', text: 'Isikuandmed (Persönliche Daten)' },
      {
        kind: 'table',
        rows: [
          ['Sünniaeg ja -koht', '03.11.1976, Kiel (Saksamaa)'],
          ['Perekonnaseis', 'abielus, kaks last'],
          ['Kodakondsus', 'Saksa'],
          ['Eestis alates', '04/2021'],
        ],
      },
    ],
    headings: {
      work: 'Töökäik (Berufserfahrung)',
      workTable: ['Aeg', 'Tööandja', 'Ametikoht'],
      education: 'Haridus ja kutseõpe (Ausbildung)',
      courses: 'Täiendõpe (Weiterbildung)',
      certifications: 'Tunnistused',
      languages: 'Keeleoskus',
      skills: 'Muud oskused',
    },
    profile: [],
    jobStyle: 'table',
    jobs: [
      job('Müügiesindaja (soojuspumbad)', 'Pärnu Soojus OÜ', '2021-04', null, true, '04/2021 – tänaseni', [
        'soojuspumpade ja küttesüsteemide müük paigaldusfirmadele ja ehitajatele Pärnumaal, Läänemaal ja Viljandimaal',
        '62 püsiklienti – paigaldusettevõtted ja väiksemad ehitusfirmad; omanikud otsustavad ise, millist ' +
          'kaubamärki nad paigaldavad',
        'müük 2025. aastal 1,9 mln €',
      ]),
      job(
        'Außendienstmitarbeiter Heizungstechnik',
        'Nordlicht Haustechnik GmbH',
        '2009-09',
        '2021-03',
        true,
        '09/2009 – 03/2021',
        [
          'kütte- ja sanitaartehnika müük paigaldusfirmadele Schleswig-Holsteinis, umbes 140 klienti',
          'piirkonna käive umbes 4 mln €',
        ],
      ),
      job(
        'Verkäufer im Innendienst',
        'Ostsee Haustechnik Großhandel GmbH',
        '2001-01',
        '2009-08',
        true,
        '01/2001 – 08/2009',
        ['telefoni- ja letimüük paigaldajatele, pakkumised ja tellimused'],
      ),
      job('Anlagenmechaniker', 'Haustechnik Brandt GmbH', '1997-10', '2000-12', false, '10/1997 – 12/2000'),
    ],
    afterJobs: [
      { kind: 'paragraph', text: '09/1996 – 09/1997  Zivildienst (asendusteenistus), Kieli linna hooldekodu' },
    ],
    education: [
      edu(
        'kutseharidus',
        '08/1993 – 07/1996  Anlagenmechaniker für Sanitär-, Heizungs- und Klimatechnik (sanitaar- ja küttetehnik), ' +
          'kutseõpe (Ausbildung), Berufsschule Kiel, Gesellenbrief',
        {
          field: 'Anlagenmechaniker für Sanitär-, Heizungs- und Klimatechnik',
          institution: 'Berufsschule Kiel',
          startYear: 1993,
          endYear: 1996,
        },
      ),
      edu(
        'põhiharidus',
        '1987 – 1993  Realschule am Ravensberg, Kiel – Realschulabschluss (Mittlere Reife; vastab põhiharidusele)',
        { institution: 'Realschule am Ravensberg', startYear: 1987, endYear: 1993 },
      ),
    ],
    courses: [
      named('Soojuspumpade projekteerimine', 'Soojuspumpade projekteerimine, tootja koolituskeskus, 2015'),
      named('Eesti keel B1', 'Eesti keel B1, Pärnu, 2022–2023'),
    ],
    certifications: [
      named(
        'Kältemittel-Sachkunde Kategorie I',
        'Kältemittel-Sachkunde Kategorie I (külmaainete pädevustunnistus), 2012',
      ),
    ],
    languages: [
      lang('de', 'native', 'saksa – emakeel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('et', 'B1', 'eesti – B1 (tasemeeksam 2024)'),
      lang('da', 'A2', 'taani – algtase'),
    ],
    skills: ['Tehniline müük', 'Kliendisuhted', 'SAP, MS Office, Pipedrive', 'Juhiload B, BE'],
    clientBase: { activeAccounts: 62, annualRevenueEur: 1_900_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['relationship_building', 'sales'],
    closing: [
      { kind: 'paragraph', text: 'Pärnu, 20.10.2026' },
      { kind: 'paragraph', text: '(allkiri)' },
    ],
  },
  {
    id: 'et-h39-05-valgevenest-leedu-kaudu-muugiesindaja-pollumasinate-varuosad-rakvere',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Titaan Viis',
    email: 'viis.t39@example.net',
    phone: '+372 5120 7745',
    contactLines: ['Rakvere', 'Eestis alates 2019, pikaajaline elamisluba'],
    tagline: 'Müügiesindaja – põllumajandustehnika varuosad',
    headings: {
      profile: 'Lühidalt',
      work: 'Töökogemus',
      workTable: ['Aeg', 'Ettevõte', 'Amet'],
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen pärit Grodnost (Valgevene). Alustasin traktoristina, siis juhatasin varuosade ladu ja viimased 13 ' +
        'aastat olen varustanud farme varuosadega – kuus aastat Leedus ja alates 2019 Eestis.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Müügiesindaja', 'Agrotehnika Viru OÜ', '2019-07', null, true, 'VII 2019 – praegu', [
        'traktorite, kombainide ja haagiste varuosade müük farmidele ja masinaühistutele Lääne-Virumaal, ' +
          'Ida-Virumaal ja Järvamaal',
        'umbes 90 aktiivset klienti, enamik farmide omanikud, kes otsustavad ostud ise',
        'müük 2025. aastal 1,4 mln €',
        'hooajal sõidan kuni 3 000 km kuus',
      ]),
      job('Müügimänedžer', 'UAB Agrodalių Centras', '2013-03', '2019-06', true, 'III 2013 – VI 2019', [
        'varuosade müük Leedu farmidele, umbes 150 klienti',
        'Kaunas ja Alytus, hiljem kogu Lõuna-Leedu',
      ]),
      job('Varuosalao juhataja', 'OAO Grodnoagroservis', '2006-09', '2013-02', false, 'IX 2006 – II 2013'),
      job('Traktorist', 'SPK Neman-Agro', '2004-07', '2006-08', false, 'VII 2004 – VIII 2006'),
    ],
    education: [
      edu(
        'kõrgharidus',
        'Valgevene Riiklik Põllumajandusakadeemia (kaugõpe), insener-mehaanik, kõrgharidus, 2007–2012',
        {
          field: 'insener-mehaanik',
          institution: 'Valgevene Riiklik Põllumajandusakadeemia',
          startYear: 2007,
          endYear: 2012,
        },
      ),
      edu('kutsekeskharidus', 'Grodno Agraartehnikum, põllumajanduse mehhaniseerimine, keskeriharidus, 2000–2004', {
        field: 'põllumajanduse mehhaniseerimine',
        institution: 'Grodno Agraartehnikum',
        startYear: 2000,
        endYear: 2004,
      }),
    ],
    courses: [named('Eesti keel B2', 'Eesti keel B2, 2021–2022')],
    certifications: [],
    languages: [
      lang('ru', 'native', 'vene – emakeel'),
      lang('be', 'native', 'valgevene – emakeel'),
      lang('lt', 'B1', 'leedu – suhtlustasemel'),
      lang('et', 'B2', 'eesti – B2'),
      lang('pl', 'A2', 'poola – algtase'),
    ],
    skills: ['Läbirääkimisoskus', 'Traktorite ja kombainide tehniline tundmine', 'Juhiload B, C, T'],
    clientBase: { activeAccounts: 90, annualRevenueEur: 1_400_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation'],
  },
  {
    id: 'et-h39-06-sobra-kirjutatud-kolmandas-isikus-muuja-konsultant-ehituspood-johvi',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Titaan Kuus',
    email: 'kuus.titaan.39@example.com',
    phone: '5380 6639',
    contactLines: ['Jõhvi'],
    afterContact: [
      {
        kind: 'paragraph',
        text:
          'Selle CV kirjutasin sõbra palvel. Olen tema endine töökaaslane kaevandusest. Tema eesti keel on ' +
          'suuliselt hea, kirjalikult nõrgem – seepärast aitasin. Küsimustega pöörduge otse tema poole.',
      },
    ],
    headings: {
      profile: 'Kes ta on',
      work: 'Kus ta on töötanud',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Tema tugevused',
    },
    profile: [
      'Kandidaat Titaan Kuus on 52-aastane jõhvilane. Ta töötas 25 aastat põlevkivikaevanduses, viimased 11 aastat ' +
        'brigadirina. Kui tema kaevandus 2019. aastal suleti, läks ta ehituspoodi müüjaks ja töötab seal ' +
        'praeguseni. Tööriistu ja ehitusmaterjale tunneb ta läbi ja lõhki ning kliendid küsivad nõu just temalt.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job('Müüja-konsultant', 'Virumaa Ehituskaubad OÜ', '2019', null, true, 'alates 2019. aasta kevadest', [
          'nõustab kliente tööriistade ja ehitusmaterjalide valikul',
          'teeb hinnapakkumisi ja võtab vastu tellimusi eraehitajatelt',
          'vastutab tööriistaosakonna väljapaneku ja kaubatellimuste eest',
        ]),
        lines: ['alates 2019. aasta kevadest   Müüja-konsultant – Virumaa Ehituskaubad OÜ, Jõhvi'],
      },
      {
        ...job('Kaevur', 'Põhja Põlevkivi AS', '1994', '2019', false, '1994–2019', [
          'alates 2008 brigadir, vastutas 8-liikmelise brigaadi töö eest',
          'kaevandusmasinate hooldus ja tööohutus',
        ]),
        lines: ['1994–2019   Kaevur – Põhja Põlevkivi AS, Jõhvi vald'],
      },
    ],
    education: [
      edu('kutsekeskharidus', 'Kohtla-Järve Mäetehnikum, maavarade allmaakaevandamine, keskeriharidus, 1990–1994', {
        field: 'maavarade allmaakaevandamine',
        institution: 'Kohtla-Järve Mäetehnikum',
        startYear: 1990,
        endYear: 1994,
      }),
    ],
    courses: [
      named('Tööohutus ja esmaabi', 'Tööohutus ja esmaabi, 2018'),
      named('Eesti keel B2', 'Eesti keel B2, Töötukassa kursus, 2019–2020'),
    ],
    certifications: [],
    languages: [
      lang('ru', 'native', 'Vene keel on tema emakeel'),
      lang('et', 'B2', 'Eesti keelt räägib ta hästi (B2, tasemeeksam 2020)'),
      lang('en', 'A2', 'Inglise keelt oskab algtasemel'),
    ],
    languagesText: [
      'Vene keel on tema emakeel. Eesti keelt räägib ta hästi (B2, tasemeeksam 2020), kirjutab aeglasemalt. ' +
        'Inglise keelt oskab algtasemel, ukraina keelest saab aru.',
    ],
    skills: [
      'Kliendikeskne – püsikliendid küsivad just teda',
      'Tunneb tööriistu ja materjale',
      'Usaldusväärne ja täpne',
      'Juhiload B',
    ],
    clientBase: null,
    competencies: ['customer_focus'],
    closing: [
      {
        kind: 'paragraph',
        text: 'CV koostas: Sõber Üks, endine töökaaslane. Kandidaadi enda kontaktid on üleval; soovitajad soovi korral.',
      },
    ],
  },
  {
    id: 'et-h39-07-masintolgitud-india-dubai-tallinn-konto-juht-laotarkvara',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Titaan Seitse',
    email: 'seitse.titaan3907@example.com',
    phone: '+372 5839 0712',
    contactLines: ['Tallinn, Ülemiste', 'Elamisluba: töötamiseks (kehtib 2028)'],
    tagline: 'Vanem Konto Juht | B2B SaaS | 12+ aastat kogemust',
    headings: {
      contact: 'Võta Ühendust',
      profile: 'Professionaalne Kokkuvõte',
      work: 'Tööalane Kogemus',
      education: 'Hariduslik Kvalifikatsioon',
      courses: 'Koolitused',
      certifications: 'Sertifikaadid',
      languages: 'Keeled Tuntud',
      skills: 'Põhioskused',
    },
    profile: [
      'Tulemustele orienteeritud müügi professionaal 12+ aastase kogemusega B2B tarkvara valdkonnas India, AÜE ja ' +
        'Eesti turgudel. Tõestatud rekord sihtmärkide ületamisel ja pikaajaliste suhete ehitamisel võtme klientidega.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Vanem Konto Juht', 'Laovoog Tarkvara OÜ', '2022-05', null, true, "Mai'2022 – Tänase kuupäevani", [
          'Vastutav 34 võtme kontode portfelli eest Eestis, Lätis ja Leedus (laod, 3PL ettevõtted, jaemüüjad)',
          'Iga-aastane korduv tulu (ARR) portfellist aastal 2025: EUR 1,6 miljonit',
          'Läbirääkimised lepingu uuendamiste üle tegevjuhtide ja operatsioonide direktoritega, kes teevad ostu otsuse',
          'Lisamoodulite pakkumine olemasolevatele kontodele, 118% eesmärgist aastal 2025',
        ]),
        lines: ['Vanem Konto Juht', "Laovoog Tarkvara OÜ, Tallinn, Eesti | Mai'2022 – Tänase kuupäevani"],
      },
      {
        ...job('Konto juht', 'Gulf Fleet Systems FZ-LLC', '2017-08', '2022-04', true, "Aug'2017 – Apr'2022", [
          'Haldas 60+ korporatiivset klienti AÜE-s ja Omaanis (sõidukipargi jälgimise tarkvara)',
          'Võitis aastal 2019 „Aasta Konto Juht“ auhinna',
        ]),
        lines: ['Konto juht', "Gulf Fleet Systems FZ-LLC, Dubai, AÜE | Aug'2017 – Apr'2022"],
      },
      {
        ...job(
          'Sisemüügi Täitevametnik',
          'Nimbus Softech Pvt. Ltd.',
          '2014-07',
          '2017-07',
          true,
          "Jul'2014 – Jul'2017",
          [
            'Külm helistamine 60–80 kõnet päevas, demo kohtumiste broneerimine',
            'Väikeste tehingute sulgemine telefoni teel',
          ],
        ),
        lines: ['Sisemüügi Täitevametnik', "Nimbus Softech Pvt. Ltd., Bengaluru, India | Jul'2014 – Jul'2017"],
      },
    ],
    education: [
      edu(
        'bachelor',
        'Tehnoloogia Bakalaureus (B.Tech), Infotehnoloogia – Visvesvaraya Tehnoloogiline Ülikool, Karnataka, ' +
          '2010–2014, 7,8 CGPA',
        {
          field: 'Infotehnoloogia',
          institution: 'Visvesvaraya Tehnoloogiline Ülikool',
          startYear: 2010,
          endYear: 2014,
        },
      ),
      edu('keskharidus', '12. Standard (CBSE) – Kesk Vidyalaya, Bengaluru, 2010, 86%', {
        institution: 'Kesk Vidyalaya',
        endYear: 2010,
      }),
    ],
    courses: [named('Eesti Keel A2 Kursus', 'Eesti Keel A2 Kursus, 2023')],
    certifications: [
      named('Certified Inside Sales Professional (CISP)', 'Certified Inside Sales Professional (CISP), AA-ISP, 2016'),
    ],
    languages: [
      lang('kn', 'native', 'Kannada – Emakeel'),
      lang('hi', 'C1', 'Hindi – Sujuv'),
      lang('en', 'C1', 'Inglise – Sujuv (Professionaalne)'),
      lang('ta', 'B1', 'Tamili – Vestluslik'),
      lang('et', 'A2', 'Eesti – Algaja (A2)'),
    ],
    skills: [
      'Konto Juhtimine',
      'Läbirääkimised',
      'Lahendus Müük',
      'Suhete Ehitamine',
      'Analüütiline Mõtlemine',
      'CRM: HubSpot, Salesforce',
    ],
    clientBase: { activeAccounts: 34, annualRevenueEur: 1_600_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'sales'],
    closing: [
      { kind: 'heading', text: 'Deklaratsioon' },
      {
        kind: 'paragraph',
        text: 'Ma kinnitan siinkohal, et kõik ülaltoodud andmed on minu parimate teadmiste kohaselt tõesed.',
      },
      { kind: 'paragraph', text: 'Koht: Tallinn' },
      { kind: 'paragraph', text: 'Kuupäev:' },
    ],
  },
  {
    id: 'et-h39-08-lati-kuupaevadega-valka-valga-muugikonsultant-aiatehnika',
    format: 'docx',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Titaan Kaheksa',
    email: 't.kaheksa39@example.org',
    phone: '+371 26 153 908',
    contactLines: ['Valka (Läti), töötan Valgas'],
    headings: {
      profile: 'Minust',
      work: 'Darba pieredze / töökogemus',
      education: 'Izglītība / haridus',
      courses: 'Kursi / kursused',
      languages: 'Valodas / keeled',
      skills: 'Prasmes / oskused',
    },
    profile: [
      'Olen lätlane, elan Valkas ja töötan üle tänava Valgas. Eesti keele õppisin tööl ja kursustel. Müün ' +
        'aiatehnikat mõlemale poole piiri, nii eraklientidele kui taludele ja firmadele.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Müügikonsultant', 'Valga Aiatehnika OÜ', '2021-09', null, true, '2021. gada septembris – šobrīd', [
          'murutraktorite, trimmerite, saagide ja väiketraktorite müük poes ja telefoni teel',
          'püsikliendid: umbes 40 talu, heakorrafirmat ja korteriühistut Valgamaal ja Põhja-Lätis; nende ostud ' +
            '2025. aastal kokku 380 000 €',
          'talunikud ja firmade omanikud otsustavad ostu üle ise, sageli pärast proovisõitu',
          'hooldustööde vastuvõtt ja varuosade tellimine',
        ]),
        lines: ['2021. gada septembris – šobrīd: Müügikonsultant, Valga Aiatehnika OÜ, Valga (Eesti)'],
      },
      {
        ...job(
          'Pārdošanas konsultante',
          'SIA Valkas Dārzs',
          '2016-03',
          '2021-08',
          true,
          '2016. gada marts – 2021. gada augusts',
          [
            'dārza tehnikas un preču pārdošana (aiatehnika ja aiakaupade müük)',
            'klientu konsultēšana (klientide nõustamine)',
          ],
        ),
        lines: [
          '2016. gada marts – 2021. gada augusts: Pārdošanas konsultante (müügikonsultant), SIA Valkas Dārzs, ' +
            'Valka (Läti)',
        ],
      },
      {
        ...job(
          'Kasiere',
          'SIA Ziemeļu Pārtika',
          '2010-06',
          '2016-02',
          false,
          '2010. gada jūnijs – 2016. gada februāris',
          ['kassa, kauba väljapanek (osalise ajaga õpingute kõrvalt)'],
        ),
        lines: ['2010. gada jūnijs – 2016. gada februāris: Kasiere (kassapidaja), SIA Ziemeļu Pārtika, Valka (Läti)'],
      },
    ],
    education: [
      edu(
        'bachelor',
        'Vidzemes Augstskola (Valmiera), uzņēmējdarbības vadība (ettevõtluse juhtimine), profesionālais bakalaurs, ' +
          'nepilna laika (osakoormusega), 2011–2015',
        {
          field: 'uzņēmējdarbības vadība',
          institution: 'Vidzemes Augstskola',
          startYear: 2011,
          endYear: 2015,
        },
      ),
      edu('keskharidus', 'Valkas ģimnāzija, vispārējā vidējā izglītība (keskharidus), 2010', {
        institution: 'Valkas ģimnāzija',
        endYear: 2010,
      }),
    ],
    courses: [
      named('Eesti keel B2', 'Eesti keel B2, Valga, 2019–2020'),
      named('Aiatehnika hoolduse alused', 'Aiatehnika hoolduse alused, 2022'),
    ],
    certifications: [],
    languages: [
      lang('lv', 'native', 'latviešu / läti – dzimtā valoda (emakeel)'),
      lang('et', 'C1', 'igauņu / eesti – C1'),
      lang('ru', 'B2', 'krievu / vene – labi (hea)'),
      lang('en', 'B1', 'angļu / inglise – vidēji (suhtlustasemel)'),
    ],
    skills: ['Kliendikeskne', 'Suhtlemisoskus läti, eesti ja vene keeles', 'Juhiload B'],
    clientBase: { activeAccounts: 40, annualRevenueEur: 380_000, segment: 'international', decisionMakers: true },
    competencies: ['communication', 'customer_focus'],
  },
  {
    id: 'et-h39-09-kandideerimisankeet-metsainsener-puidumuugi-ametikohale-muugita',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Titaan Üheksa',
    nameLine: 'KANDIDEERIMISANKEET – Kandidaat Titaan Üheksa',
    email: 'yheksa.titaan39@example.net',
    phone: '5341 9039',
    contactLines: ['Aadress: Põlva vald, Põlvamaa'],
    afterContact: [
      {
        kind: 'table',
        rows: [
          ['Ametikoht, millele kandideerite', 'Puidumüügi spetsialist (Lõuna-Eesti)'],
          ['Kust saite pakkumisest teada', 'tööportaal'],
          ['Varaseim tööle asumise aeg', '01.01.2027'],
          ['Palgasoov (bruto)', '2 400 €'],
        ],
      },
    ],
    headings: {
      profile: 'Miks kandideerite sellele ametikohale?',
      work: 'Töökogemus (alustage viimasest)',
      workTable: ['Töötamise aeg (kk.aaaa – kk.aaaa)', 'Tööandja', 'Ametinimetus'],
      education: 'Haridus',
      courses: 'Täiendkoolitused (viimased 5 aastat)',
      certifications: 'Kutsetunnistused',
      languages: 'Keelteoskus (A1–C2)',
      skills: 'Muud oskused',
    },
    profile: [
      'Olen 22 aastat töötanud metsanduses – metsakorraldaja, metsaülema ja viimased 9 aastat metsainsenerina. ' +
        'Müügitööd ma teinud ei ole, aga tunnen puitu, selle hindamist ja sortimente ning suhtlen iga päev ' +
        'metsaomanike, ülestöötajate ja puiduostjatega. Soovin liikuda tööle, kus saan neid teadmisi kasutada ' +
        'puidu turustamisel.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Metsainsener', 'Metsahaldus Lõuna OÜ', '2017-09', null, false, '09.2017 – (kestab)', [
        'raiete planeerimine ja raieplaanide koostamine',
        'ülestöötajate töö kontroll ja vastuvõtt',
        'puidu mahu ja kvaliteedi arvestus',
      ]),
      job('Metsaülem', 'Põlva Metsaühistu MTÜ', '2008-03', '2017-08', false, '03.2008 – 08.2017', [
        'metsaomanike nõustamine metsa majandamise ja toetuste küsimustes',
        'metsateatiste ja metsamajanduskavade koostamine',
      ]),
      job('Metsakorraldaja', 'Metsakorralduse Büroo OÜ', '2004-06', '2008-02', false, '06.2004 – 02.2008'),
    ],
    education: [
      edu('magistrikraad', 'Eesti Maaülikool, metsamajandus, magistrikraad, 2002–2004', {
        field: 'metsamajandus',
        institution: 'Eesti Maaülikool',
        startYear: 2002,
        endYear: 2004,
      }),
      edu('bakalaureusekraad', 'Eesti Põllumajandusülikool, metsandus, bakalaureusekraad, 1999–2002', {
        field: 'metsandus',
        institution: 'Eesti Põllumajandusülikool',
        startYear: 1999,
        endYear: 2002,
      }),
    ],
    courses: [
      named('Ümarpuidu mõõtmine ja kvaliteedi hindamine', 'Ümarpuidu mõõtmine ja kvaliteedi hindamine, 2023'),
      named('Metsandusalane õigus', 'Metsandusalane õigus, 2022'),
    ],
    certifications: [named('Metsaspetsialist, tase 6', 'Metsaspetsialist, tase 6 (kehtib 2028. aastani)')],
    languages: [
      lang('et', 'native', 'eesti | emakeel | emakeel | emakeel'),
      lang('en', 'B2', 'inglise | B2 | B2 | B1'),
      lang('ru', 'B1', 'vene | B1 | B1 | A2'),
      lang('fi', 'A1', 'soome | A2 | A1 | A1'),
    ],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Keel', 'Arusaamine', 'Rääkimine', 'Kirjutamine'],
        rows: [
          ['eesti', 'emakeel', 'emakeel', 'emakeel'],
          ['inglise', 'B2', 'B2', 'B1'],
          ['vene', 'B1', 'B1', 'A2'],
          ['soome', 'A2', 'A1', 'A1'],
        ],
      },
    ],
    skills: ['Analüüsivõime', 'Planeerimine', 'QGIS, MapInfo, Excel', 'Juhiload B, T'],
    clientBase: null,
    competencies: ['analytical', 'organisation'],
    closing: [
      {
        kind: 'paragraph',
        text:
          'Kinnitan, et esitatud andmed on õiged. Olen nõus oma isikuandmete töötlemisega värbamise eesmärgil. ' +
          'Kuupäev: 25.10.2026',
      },
    ],
  },
  {
    id: 'et-h39-10-tooportaalist-tolgitud-vene-cv-muugijuht-hotellivarustus-tallinn',
    format: 'txt',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Titaan Kümme',
    email: 'kymme.titaan39@example.com',
    phone: '+372 5610 8839',
    contactLines: ['Tallinn, Pirita', 'Mees, 50 aastat, sündinud 7. veebruaril 1976', 'Elamisluba: Eesti'],
    afterContact: [
      { kind: 'heading', text: 'Soovitud ametikoht ja palk' },
      { kind: 'paragraph', text: 'Müügijuht / võtmekliendijuht' },
      { kind: 'paragraph', text: 'Hotellid, HoReCa' },
      { kind: 'paragraph', text: 'Tööhõive: täistööaeg · Töögraafik: täistööpäev · Valmis lähetusteks' },
      { kind: 'paragraph', text: '3 500 € kätte' },
    ],
    headings: {
      contact: 'Kontaktandmed',
      work: 'Töökogemus — 28 aastat 3 kuud',
      education: 'Haridus: kõrgharidus',
      courses: 'Täienduskoolitus, kursused',
      languages: 'Keelteoskus',
      skills: 'Võtmeoskused',
    },
    profile: [],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Müügijuht', 'Hotellivarustus Baltic OÜ', '2019-03', null, true, 'Märts 2019 — praeguseni', [
          'hotellitekstiilide, hügieenitarvete ja hommikusöögiseadmete müük hotellidele, spaadele ja ' +
            'külalistemajadele üle Eesti',
          'kliendibaas: 75 hotelli ja spaad, 2025. aasta käive 2,3 mln eurot',
          'läbirääkimised hotellide omanike ja tegevjuhtidega, kes teevad ostuotsused',
          'kahe müügiesindaja juhendamine',
        ]),
        lines: [
          'Märts 2019 — praeguseni',
          '7 aastat 9 kuud',
          'Hotellivarustus Baltic OÜ',
          'Tallinn, hotellivarustus.example.com',
          'Müügijuht',
        ],
      },
      {
        ...job(
          'Piirkondlik müügijuht',
          'OOO «Nevskij Tekstil»',
          '2008-09',
          '2019-02',
          true,
          'September 2008 — veebruar 2019',
          ['Loode-Venemaa hotellid ja sanatooriumid, umbes 200 klienti', 'piirkondlike esindajate töö korraldamine'],
        ),
        lines: [
          'September 2008 — veebruar 2019',
          '10 aastat 6 kuud',
          'OOO «Nevskij Tekstil»',
          'Sankt-Peterburg',
          'Piirkondlik müügijuht',
        ],
      },
      {
        ...job(
          'Administraator',
          'ZAO «Gostinitsa Baltijskaja»',
          '1998-08',
          '2008-08',
          false,
          'August 1998 — august 2008',
          ['vastuvõtt ja broneeringud', 'alates 2004 majutusosakonna juhataja'],
        ),
        lines: [
          'August 1998 — august 2008',
          '10 aastat 1 kuu',
          'ZAO «Gostinitsa Baltijskaja»',
          'Sankt-Peterburg',
          'Administraator',
        ],
      },
    ],
    education: [
      edu(
        'kõrgharidus',
        '1998 — Sankt-Peterburi Riiklik Majandus- ja Finantsülikool, ettevõtte juhtimine, majandusteadlane-juht ' +
          '(diplom, spetsialist)',
        {
          field: 'ettevõtte juhtimine',
          institution: 'Sankt-Peterburi Riiklik Majandus- ja Finantsülikool',
          endYear: 1998,
        },
      ),
    ],
    courses: [
      named('Eesti keele kursus B2', '2022 — Eesti keele kursus B2, Tallinn'),
      named('Müügimeeskonna juhtimine', '2014 — Müügimeeskonna juhtimine, Sankt-Peterburg'),
    ],
    certifications: [],
    languages: [
      lang('ru', 'native', 'vene — emakeel'),
      lang('et', 'B2', 'eesti — B2 — kesktasemest kõrgem'),
      lang('en', 'B1', 'inglise — B1 — kesktase'),
      lang('fi', 'A1', 'soome — A1 — algtase'),
    ],
    skills: ['Läbirääkimised', 'Müügijuhtimine', 'Võtmeklientidega töö', 'B2B-müük', 'Kehtestav', '1C, Bitrix24'],
    clientBase: { activeAccounts: 75, annualRevenueEur: 2_300_000, segment: 'national', decisionMakers: true },
    competencies: ['coaching', 'negotiation', 'sales', 'tact_assertiveness'],
    closing: [
      { kind: 'heading', text: 'Minust' },
      {
        kind: 'paragraph',
        text:
          'Olen ise kümme aastat hotellis töötanud ja tean, mida hotellipidaja vajab. Alates 2019. aastast elan ' +
          'perega Tallinnas. Autojuhiload B, oma auto.',
      },
    ],
  },
  {
    id: 'et-h39-11-varbamisbyroo-profiil-votmekliendihaldur-maardeained-tartu',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Titaan Üksteist',
    nameLine: 'KANDIDAADI PROFIIL – Kandidaat Titaan Üksteist',
    email: 'titaan.yksteist3911@example.org',
    phone: '+372 5301 4471',
    contactLines: ['Tartu', '(kandidaadi kontaktandmed edastatud tema nõusolekul)'],
    tagline: 'Esitatud ametikohale: võtmekliendihaldur (tööstus), Lõuna-Eesti',
    afterContact: [
      {
        kind: 'table',
        rows: [
          ['Koostaja', 'Värbamisbüroo Teekaaslane OÜ, konsultant Värbaja Üks'],
          ['Kuupäev', '27.10.2026'],
          ['Palgaootus', '3 200 € bruto + müügitasu'],
          ['Etteteatamisaeg', '1 kuu'],
          ['Juhiload', 'B, oma auto'],
        ],
      },
    ],
    headings: {
      profile: 'Konsultandi kokkuvõte',
      work: 'Töökogemus (kandidaadi esitatud andmed)',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeleoskus',
      skills: 'Kompetentside hinnang (intervjuu 21.10.2026)',
    },
    profile: [
      'Kandidaat on 19-aastase töökogemusega müügispetsialist, kes on viimased kaheksa aastat hallanud ' +
        'tööstusklientide portfelli määrdeainete ja tööstuskemikaalide alal. Alustas hooldusmehaanikuna, ' +
        'mistõttu räägib klientide hooldusjuhtidega nende keeles. Intervjuul jättis rahuliku ja kehtestava mulje.',
      'Praegune portfell: 48 tööstus- ja transpordiettevõtet Tartu-, Jõgeva-, Põlva- ja Võrumaal, nende ostud ' +
        '2025. aastal kokku 2,7 mln €. Kandidaadi kontaktid on klientide tootmis- ja hooldusjuhid; suuremad ' +
        'lepingud kinnitab kliendi juhatus.',
      'Vahetuse põhjus: praegune tööandja koondab Lõuna-Eesti kliendid Tallinna kontori alla; kandidaat soovib ' +
        'jääda Tartusse.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Võtmekliendihaldur (tööstus)',
        'Määrdeained Baltic OÜ',
        '2018-02',
        null,
        true,
        '02.2018 – praegu',
        [
          'tööstus- ja transpordiettevõtete portfell Lõuna-Eestis',
          'määrdeainete, tööstuskemikaalide ja õlianalüüsi teenuse pakkumine',
          'aastalepingute ja hinnakokkulepete sõlmimine',
        ],
        'Tartu',
      ),
      job(
        'Müügiesindaja',
        'Autokeemia Lõuna OÜ',
        '2011-05',
        '2018-01',
        true,
        '05.2011 – 01.2018',
        ['autokeemia ja hooldusvahendite pakkumine töökodadele ja tanklatele Lõuna-Eestis'],
        'Tartu',
      ),
      job(
        'Hooldusmehaanik',
        'Tartu Veoautoteenindus AS',
        '2007-08',
        '2011-04',
        false,
        '08.2007 – 04.2011',
        [],
        'Tartu',
      ),
    ],
    education: [
      edu('rakenduskõrgharidus', 'Eesti Maaülikool, tehnotroonika, rakenduskõrgharidus, 2003–2007', {
        field: 'tehnotroonika',
        institution: 'Eesti Maaülikool',
        startYear: 2003,
        endYear: 2007,
      }),
    ],
    courses: [
      named('Konsultatiivne müük B2B-klientidele', 'Konsultatiivne müük B2B-klientidele, 2019'),
      named('Määrdeainete valik ja õlianalüüs', 'Määrdeainete valik ja õlianalüüs, 2018'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('fi', 'A2', 'soome – algtase'),
    ],
    skills: [
      'Läbirääkimisoskus – tugev',
      'Analüüsivõime – hea',
      'Meeskonnatöö – hea',
      'Juhendamisoskus – arenguvaldkond (ei ole varem kedagi juhendanud)',
    ],
    clientBase: { activeAccounts: 48, annualRevenueEur: 2_700_000, segment: 'regional_smb' },
    competencies: ['analytical', 'negotiation', 'tact_assertiveness', 'teamwork'],
    closing: [
      { kind: 'heading', text: 'Kontakt värbamisbüroos' },
      {
        kind: 'paragraph',
        text: 'Värbaja Üks · Värbamisbüroo Teekaaslane OÜ · teekaaslane.39@example.com · +372 600 3911',
      },
      {
        kind: 'paragraph',
        text: 'Profiil on konfidentsiaalne ja mõeldud ainult tellijale värbamise eesmärgil.',
      },
    ],
  },
  {
    id: 'et-h39-12-keeniast-soome-kaudu-kliendihaldur-kontorikohv-tartu',
    format: 'pdf',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Titaan Kaksteist',
    email: 'kaksteist.39@example.com',
    phone: '+372 5877 2391',
    contactLines: ['Tartu', 'Eestis alates 2021, pikaajaline elamisluba'],
    tagline: 'Kliendihaldur – kontorikohv ja kohviautomaadid',
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen pärit Nairobist. Keenias varustasin kohviubadega hotelle ja kohvikuid, Soomes õppisin rahvusvahelist ' +
        'äri ja töötasin õpingute kõrvalt telefonimüüjana, alates 2021 elan Tartus. Eesti keelt õpin, tööd teen ' +
        'eesti ja inglise keeles.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Kliendihaldur', 'Kohvimasin Lõuna OÜ', '2023-03', null, true, '1st March 2023 – to date', [
          '52 ettevõtet Tartus ja Lõuna-Eestis: kontorid, autoesindused, ilusalongid, hambakliinikud',
          'kohvi, piimatoodete ja kohviautomaatide rendi aastakäive 2025: 410 000 €',
          'kontorijuhid ja omanikud otsustavad ise – pakun neile proovinädala',
        ]),
        lines: ['1st March 2023 – to date: Kliendihaldur, Kohvimasin Lõuna OÜ, Tartu'],
      },
      {
        ...job('Barista', 'Raekoja Kohvik OÜ', '2021-09', '2023-02', false, '1st September 2021 – 28th February 2023', [
          'kohvijookide valmistamine, kassa, uute töötajate väljaõpe',
        ]),
        lines: ['1st September 2021 – 28th February 2023: Barista, Raekoja Kohvik OÜ, Tartu'],
      },
      {
        ...job(
          'Puhelinmyyjä',
          'Keski-Suomen Lehtipalvelu Oy',
          '2018-06',
          '2021-07',
          true,
          '1st June 2018 – 31st July 2021 (part-time)',
          [
            'ajakirjade ja ajalehtede tellimuste müük telefoni teel eraklientidele',
            'soome keeles, 20 tundi nädalas õpingute kõrvalt',
          ],
        ),
        lines: [
          '1st June 2018 – 31st July 2021 (part-time): Puhelinmyyjä (telemüüja), Keski-Suomen Lehtipalvelu Oy, ' +
            'Jyväskylä, Finland',
        ],
      },
      {
        ...job(
          'Sales Representative',
          'Highland Bean Traders Ltd',
          '2014-01',
          '2017-07',
          true,
          '2nd January 2014 – 31st July 2017',
          ['coffee for hotels, restaurants and cafés in Nairobi, about 70 accounts', 'tastings and barista training'],
        ),
        lines: ['2nd January 2014 – 31st July 2017: Sales Representative, Highland Bean Traders Ltd, Nairobi, Kenya'],
      },
    ],
    education: [
      edu(
        'bba',
        'JAMK University of Applied Sciences, Jyväskylä (Finland) – Bachelor of Business Administration, ' +
          'International Business, 2017–2021',
        {
          field: 'International Business',
          institution: 'JAMK University of Applied Sciences',
          startYear: 2017,
          endYear: 2021,
        },
      ),
      edu('keskharidus', 'Nairobi School – Kenya Certificate of Secondary Education (KCSE), 2013', {
        institution: 'Nairobi School',
        endYear: 2013,
      }),
    ],
    courses: [
      named('Eesti keel A2', 'Eesti keel A2, Tartu, 2022'),
      named('SCA Barista Skills Foundation', 'SCA Barista Skills Foundation, 2022'),
    ],
    certifications: [],
    languages: [
      lang('sw', 'native', 'suahiili – emakeel'),
      lang('ki', 'native', 'kikuju – kodune keel'),
      lang('en', 'C2', 'inglise – C2'),
      lang('fi', 'B1', 'soome – B1 (YKI, tase 3)'),
      lang('et', 'A2', 'eesti – A2 (õpin)'),
    ],
    skills: ['Customer-centric / kliendikeskne', 'Suhtlemisoskus', 'Kohvi tundmine ja ettevalmistus'],
    clientBase: { activeAccounts: 52, annualRevenueEur: 410_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'customer_focus'],
  },
  {
    id: 'et-h39-13-rootsist-tagasi-kliendihaldur-tooriided-haapsalu',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Titaan Kolmteist',
    email: 'kolmteist.titaan39@example.net',
    phone: '+372 5198 0339',
    contactLines: ['Haapsalu', '2011–2021 elasin Göteborgis'],
    tagline: 'Kliendihaldur (tööriided ja isikukaitsevahendid)',
    headings: {
      contact: 'Kontakt',
      profile: 'Profiil',
      work: 'Töökogemus',
      courses: 'Kursused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Kümme aastat Rootsis: laos, spordipoes ja tööriiete hulgifirma sisemüügis. 2021. aasta sügisel tulin ' +
        'perega Haapsallu tagasi ja haldan nüüd kohaliku tööriiete ja kaitsevahendite firma ärikliente.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job(
          'Kliendihaldur (tööriided ja isikukaitsevahendid)',
          'Läänemaa Töökaitse OÜ',
          '2021-10',
          null,
          true,
          'sedan okt 2021',
          [
            '60 ettevõtet Lääne-, Pärnu- ja Raplamaal: ehitus, tootmine, kalatööstus, heakorrafirmad',
            'müük 2025. aastal 720 000 €',
            'suhtlen ostujuhtide ja tööohutusspetsialistidega, tootenäidised ja kandmiskatsetused kohapeal',
            'logode trükk ja tikand koostöös trükikojaga',
          ],
        ),
        lines: ['sedan okt 2021   Kliendihaldur (tööriided ja isikukaitsevahendid) – Läänemaa Töökaitse OÜ, Haapsalu'],
      },
      {
        ...job('Innesäljare', 'Västkust Arbetskläder AB', '2016-08', '2021-09', true, 'aug 2016 – sep 2021', [
          'telefoni- ja e-posti teel ehitus- ja tööstusfirmadele, umbes 150 püsiklienti Västra Götalandis',
          'pakkumised ja tellimused Monitor ERP-s',
        ]),
        lines: ['aug 2016 – sep 2021   Innesäljare (sisemüüja) – Västkust Arbetskläder AB, Göteborg'],
      },
      {
        ...job('Butikssäljare', 'Sportbutiken Väst AB', '2013-03', '2016-07', true, 'mars 2013 – juli 2016', [
          'klientide nõustamine poes, kassa, kauba vastuvõtt',
        ]),
        lines: ['mars 2013 – juli 2016   Butikssäljare (müüja) – Sportbutiken Väst AB, Göteborg'],
      },
      {
        ...job('Lagerarbetare', 'Göteborgs Hamnlogistik AB', '2011-01', '2013-02', false, 'jan 2011 – feb 2013', [
          'komplekteerimine, tõstukiga töö',
        ]),
        lines: ['jan 2011 – feb 2013   Lagerarbetare (timanställd) – Göteborgs Hamnlogistik AB, Göteborg'],
      },
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: 'Õppisin 2008–2010 Tallinna Ülikoolis turundust; õpingud jäid pooleli, kui läksin Rootsi tööle.',
      },
    ],
    education: [
      edu('keskharidus', 'Haapsalu Gümnaasium, keskharidus, 2008', {
        institution: 'Haapsalu Gümnaasium',
        endYear: 2008,
      }),
    ],
    courses: [
      named('Svenska för invandrare (SFI), kurs D', 'Svenska för invandrare (SFI), kurs D, 2012'),
      named('Isikukaitsevahendite standardid ja valik', 'Isikukaitsevahendite standardid ja valik, 2022'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('sv', 'C1', 'rootsi – väga hea'),
      lang('en', 'B2', 'inglise – hea'),
      lang('ru', 'A2', 'vene – algtase'),
    ],
    skills: ['Kliendisuhted', 'Organiseerimisoskus', 'Monitor ERP, Visma, Excel', 'Juhiload B'],
    clientBase: { activeAccounts: 60, annualRevenueEur: 720_000, segment: 'regional_smb' },
    competencies: ['organisation', 'relationship_building'],
  },
  {
    id: 'et-h39-14-ukrainast-poola-kaudu-muugiesindaja-agronoom-vaetised-jogeva',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Titaan Neliteist',
    email: 'neliteist.t3914@example.com',
    phone: '+372 5470 2286',
    contactLines: ['Jõgeva', 'Tähtajaline elamisluba (töötamiseks)'],
    headings: {
      profile: 'Lühidalt',
      work: 'Töökogemus (riik, linn | ettevõte | amet | aeg)',
      courses: 'Kursused',
      certifications: 'Tunnistused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Agronoom Mükolajivist. Töötasin kümme aastat Ukrainas agronoomina, kolm aastat Poolas väetiste müügis ja ' +
        'alates 2022. aastast olen Eestis. Praegu varustan Jõgeva-, Tartu- ja Järvamaa talusid väetiste ja ' +
        'taimekaitsevahenditega.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Müügiesindaja-agronoom', 'Põldvara OÜ', '2023-06', null, true, '06.2023 – praegu', [
          'väetiste, taimekaitsevahendite ja seemnete pakkumine Jõgeva-, Tartu- ja Järvamaa taludele',
          '75 aktiivset klienti, enamik teraviljakasvatajad; ostuotsuse teeb talu omanik',
          'müük 2025. aastal 3,1 mln €',
          'põllukatsed ja väetusplaanid klientidele',
        ]),
        lines: ['Eesti, Jõgeva | Põldvara OÜ | Müügiesindaja-agronoom | 06.2023 – praegu'],
      },
      {
        ...job('Sorteerija', 'Jõgeva Köögiviljad OÜ', '2022-06', '2023-05', false, '06.2022 – 05.2023', [
          'esimene töö Eestis, samal ajal eesti keele kursus',
        ]),
        lines: ['Eesti, Jõgeva | Jõgeva Köögiviljad OÜ | Sorteerija | 06.2022 – 05.2023'],
      },
      {
        ...job(
          'Doradca agrotechniczny',
          'Agrochem Lubelski Sp. z o.o.',
          '2019-04',
          '2022-05',
          true,
          '04.2019 – 05.2022',
          ['väetiste müük ja agronoomiline nõustamine Lublini vojevoodkonna farmidele, umbes 60 klienti'],
        ),
        lines: [
          'Poola, Lublin | Agrochem Lubelski Sp. z o.o. | Doradca agrotechniczny (agronoom-müügiesindaja) | ' +
            '04.2019 – 05.2022',
        ],
      },
      {
        ...job('Agronoom', 'Nikolaevagro TOV', '2009-07', '2019-03', false, '07.2009 – 03.2019', [
          '3 200 ha teravilja ja päevalille kasvatus, külvikorrad ja väetamine',
        ]),
        lines: ['Ukraina, Mükolajiv | Nikolaevagro TOV | Agronoom | 07.2009 – 03.2019'],
      },
    ],
    education: [
      edu('magistrikraad', 'Mükolajivi Riiklik Agraarülikool (Ukraina), agronoomia, magistrikraad, 2004–2009', {
        field: 'agronoomia',
        institution: 'Mükolajivi Riiklik Agraarülikool',
        startYear: 2004,
        endYear: 2009,
      }),
    ],
    courses: [
      named('Eesti keel B1', 'Eesti keel B1, 2022–2024'),
      named(
        'Taimekaitsevahendite professionaalse kasutaja koolitus',
        'Taimekaitsevahendite professionaalse kasutaja koolitus, 2023',
      ),
    ],
    certifications: [
      named('Taimekaitsetunnistus', 'Taimekaitsetunnistus (professionaalne kasutaja), kehtib 2028. aastani'),
    ],
    languages: [
      lang('uk', 'native', 'ukraina – emakeel'),
      lang('ru', 'C1', 'vene – vabalt'),
      lang('pl', 'B2', 'poola – hea'),
      lang('et', 'B1', 'eesti – B1'),
      lang('en', 'A2', 'inglise – algtase'),
    ],
    skills: ['Agronoomiline nõustamine', 'Läbirääkimisoskus', 'Juhiload B'],
    clientBase: { activeAccounts: 75, annualRevenueEur: 3_100_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation'],
  },
  {
    id: 'et-h39-15-usa-vormis-kuu-paev-aasta-konverentsimuugi-juht-tallinn',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Titaan Viisteist',
    email: 'viisteist.39@example.org',
    phone: '+372 5212 8650',
    contactLines: ['Tallinn', 'linkedin.example.com/in/titaan-viisteist-39'],
    headings: {
      profile: 'EESMÄRK',
      work: 'KUTSEALANE KOGEMUS',
      education: 'HARIDUS',
      courses: 'KOOLITUSED',
      certifications: 'SERTIFIKAADID',
      languages: 'KEELED',
      skills: 'OSKUSED',
    },
    profile: [
      'Konverentsi- ja ürituste müügi juht, kes on üheksa aastat pakkunud konverentsipindu ja grupimajutust ' +
        'ettevõtetele USA-s ja Eestis. Otsin rolli, kus saan kasvatada ettevõtete ja erialaliitude üritustest ' +
        'tulevat tulu.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job('Konverentsimüügi juht', 'Merevaate Hotell OÜ', '2021-06', null, true, '06/01/2021 – Present', [
          '~85 püsiklienti: ettevõtted, erialaliidud ja üritusagentuurid Eestis ja Soomes',
          '2025. aasta konverentsi- ja grupitulu 1,9 mln €',
          'pakkumised, lepingud ja läbirääkimised ürituste korraldajatega; hinnaerandid kinnitab meie müügidirektor',
          'kahe müügikoordinaatori töö jaotamine',
        ]),
        lines: ['06/01/2021 – Present   Konverentsimüügi juht – Merevaate Hotell OÜ, Tallinn'],
      },
      {
        ...job('Account Executive', 'Lakeshore Events Inc.', '2019-06', '2021-04', true, '06/03/2019 – 04/30/2021', [
          'corporate meetings and incentive groups for three downtown Chicago venues',
          'about 120 corporate accounts in the Midwest',
        ]),
        lines: ['06/03/2019 – 04/30/2021   Account Executive – Lakeshore Events Inc., Chicago, IL'],
      },
      {
        ...job(
          'Inside Sales Representative',
          'Lakeshore Events Inc.',
          '2016-08',
          '2019-05',
          true,
          '08/15/2016 – 05/31/2019',
          ['inbound RFPs, proposals and site-visit bookings'],
        ),
        lines: ['08/15/2016 – 05/31/2019   Inside Sales Representative – Lakeshore Events Inc., Chicago, IL'],
      },
      {
        ...job('Banquet Server', 'Harbor View Hotel', '2013-09', '2016-05', false, '09/01/2013 – 05/31/2016'),
        lines: [
          '09/01/2013 – 05/31/2016   Banquet Server – Harbor View Hotel, Chicago, IL (part-time, during college)',
        ],
      },
    ],
    education: [
      edu(
        'bsc',
        'Lakeview State University, Chicago, IL – Bachelor of Science in Hospitality Management, 2012–2016, GPA 3.6',
        {
          field: 'Hospitality Management',
          institution: 'Lakeview State University',
          startYear: 2012,
          endYear: 2016,
        },
      ),
      edu('keskharidus', 'Tallinna Reaalkool – keskharidus, 2012', {
        institution: 'Tallinna Reaalkool',
        endYear: 2012,
      }),
    ],
    courses: [named('Revenue Management for Hotels', 'Revenue Management for Hotels (online), 2022')],
    certifications: [
      named(
        'Certified Meeting Professional (CMP)',
        'Certified Meeting Professional (CMP) – since 2020, recertified 2025',
      ),
    ],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C2', 'inglise – C2'),
      lang('fi', 'B1', 'soome – B1'),
      lang('es', 'A2', 'hispaania – A2'),
    ],
    skills: ['Negotiation', 'Relationship management', 'Time management', 'Salesforce, Delphi, Opera PMS'],
    clientBase: { activeAccounts: 85, annualRevenueEur: 1_900_000, segment: 'international' },
    competencies: ['negotiation', 'organisation', 'relationship_building'],
    closing: [{ kind: 'paragraph', text: 'References available upon request / soovitajad soovi korral.' }],
  },
  {
    id: 'et-h39-16-tooandja-kandideerimisvorm-wordis-muugiesindaja-lemmikloomatoit-viljandi',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Titaan Kuusteist',
    nameLine: 'KANDIDEERIMISVORM – Müügiesindaja (Lõuna-Eesti)',
    email: 'kuusteist.titaan.39@example.com',
    phone: '5622 1639',
    afterContact: [
      {
        kind: 'table',
        rows: [
          ['Ees- ja perekonnanimi', 'Kandidaat Titaan Kuusteist'],
          ['Elukoht', 'Viljandi'],
          ['Ametikoht, millele kandideerin', 'Müügiesindaja (Lõuna-Eesti)'],
          ['Võimalik tööle asumise aeg', 'kokkuleppel, üks kuu'],
        ],
      },
    ],
    headings: {
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeleoskus',
      skills: 'Muu oluline info',
    },
    profile: [],
    jobStyle: 'labelled',
    jobLabels: {
      period: 'Töötamise periood (kk.aaaa – kk.aaaa)',
      title: 'Ametinimetus',
      employer: 'Tööandja nimi ja asukoht',
      duties: 'Peamised tööülesanded ja saavutused',
    },
    jobs: [
      job(
        'Müügiesindaja',
        'Lemmiklooma Hulgi OÜ',
        '2019-09',
        null,
        true,
        '09.2019 – …',
        [
          'lemmikloomatoidu ja -tarvikute müük lemmikloomapoodidele, veterinaarkliinikutele ja aianduskeskustele ' +
            'Viljandi-, Pärnu-, Tartu- ja Valgamaal',
          '110 aktiivset klienti; 2025. aasta müük 1,2 mln €',
          'poodide omanikud otsustavad ise, mida nad valikusse võtavad',
          'Lahkumise põhjus: soovin suuremat vastutust (võtmekliendid)',
        ],
        'Viljandi',
      ),
      job(
        'Kaupluse juhataja',
        'Zooplaneet OÜ',
        '2015-03',
        '2019-08',
        false,
        '03.2015 – 08.2019',
        [
          'kaupluse töö korraldamine, kolm müüjat, tellimused ja inventuurid',
          'Lahkumise põhjus: pakuti müügiesindaja kohta hulgifirmas',
        ],
        'Viljandi',
      ),
      job(
        'Müüja',
        'Zooplaneet OÜ',
        '2013-06',
        '2015-02',
        true,
        '06.2013 – 02.2015',
        ['klientide nõustamine, kassa, kauba väljapanek', 'Lahkumise põhjus: edutamine kaupluse juhatajaks'],
        'Viljandi',
      ),
    ],
    education: [
      edu('kutseharidus', 'Olustvere Teenindus- ja Maamajanduskool, väikeloomade hooldaja, kutseharidus, 2010–2013', {
        field: 'väikeloomade hooldaja',
        institution: 'Olustvere Teenindus- ja Maamajanduskool',
        startYear: 2010,
        endYear: 2013,
      }),
      edu('põhiharidus', 'Viljandi Jakobsoni Kool, põhiharidus, 2010', {
        institution: 'Viljandi Jakobsoni Kool',
        endYear: 2010,
      }),
    ],
    courses: [named('Lemmikloomade toitumise alused', 'Lemmikloomade toitumise alused, 2020')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti | emakeel'),
      lang('en', 'B2', 'inglise | B2'),
      lang('ru', 'A2', 'vene | A2'),
    ],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Keel', 'Tase (A1–C2 / emakeel)'],
        rows: [
          ['eesti', 'emakeel'],
          ['inglise', 'B2'],
          ['vene', 'A2'],
        ],
      },
    ],
    skills: [
      'Juhiload B, valmis sõitma kuni 2 000 km kuus',
      'Kliendikeskne',
      'Pingekindel',
      'Arvutioskus: Excel, Merit, Pipedrive',
    ],
    clientBase: { activeAccounts: 110, annualRevenueEur: 1_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'stress_resistance'],
    closing: [
      { kind: 'paragraph', text: '[x] Nõustun, et minu andmeid säilitatakse värbamisandmebaasis 12 kuud.' },
      { kind: 'paragraph', text: 'Vormi esitamise kuupäev: 30.10.2026' },
    ],
  },
  {
    id: 'et-h39-17-poja-kirjutatud-isa-cv-varuosade-muugiesindaja-tyri',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Titaan Seitseteist',
    email: 'seitseteist.isa39@example.net',
    phone: '502 3917',
    contactLines: ['Türi, Järvamaa'],
    afterContact: [
      {
        kind: 'paragraph',
        text:
          'Kirjutan selle CV oma isa eest – ta ise arvutiga eriti ei tegele. Kõik allpool on temaga koos läbi ' +
          'räägitud ja kirja pandud nii, nagu ta ise rääkis. Helistage julgelt otse isale; e-kirjad loen mina ja ' +
          'annan edasi. – poeg',
      },
    ],
    headings: {
      profile: 'Endast',
      work: 'Kus olen töötanud',
      education: 'Kool',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen 60-aastane, terve ja töökas. Kakskümmend kaks aastat olin automehaanik, siis hakkasin varuosi ' +
        'pakkuma – algul leti taga, viimased kümme aastat sõidan ise klientide juures. Tunnen Järvamaa, ' +
        'Raplamaa ja Viljandimaa töökodasid ja talumehi ning nemad tunnevad mind.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Müügiesindaja',
        'Kesk-Eesti Autovaruosad OÜ',
        '2016',
        null,
        true,
        '2016 sügis – praegu',
        [
          'sõidan mööda Järva-, Rapla- ja Viljandimaad autoremonditöökodade, masinaühistute ja farmide vahel',
          'püsikliente umbes 60 töökoda ja masinaparki; omanikud otsustavad ise, kust varuosad võtavad',
          '2025. aastal ostsid nad minu kaudu umbes 900 000 € eest',
        ],
        'Türi',
      ),
      job(
        'Letimüüja',
        'Kesk-Eesti Autovaruosad OÜ',
        '2008',
        '2016',
        true,
        '2008 – 2016',
        ['varuosade valik ja müük leti tagant, tellimused telefonis'],
        'Paide',
      ),
      job(
        'Automehaanik',
        'Türi Autoremont AS',
        '1992',
        '2008',
        false,
        '1992 – 2008',
        ['alates 2001 töökoja juhataja'],
        'Türi',
      ),
      job('Automehaanik', 'Türi kolhoosi autobaas', '1986', '1992', false, '1986 – 1992', [], 'Türi'),
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Nõukogude armees 1984–1986.' }],
    education: [
      edu('kutsekeskharidus', 'Türi Kutsekeskkool, autolukksepp-mehaanik, 1981–1984', {
        field: 'autolukksepp-mehaanik',
        institution: 'Türi Kutsekeskkool',
        startYear: 1981,
        endYear: 1984,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B2', 'vene – hea (armeest ja tööst)'),
      lang('fi', 'A2', 'soome – natuke'),
    ],
    skills: ['Tunnen autosid ja põllutehnikat 40 aastat', 'Suhtlemisoskus – räägin kõigiga', 'Juhiload B, C, T'],
    clientBase: { activeAccounts: 60, annualRevenueEur: 900_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication'],
    closing: [
      {
        kind: 'paragraph',
        text:
          'Tööle saab asuda kahe nädala pärast. Soovitaja: Soovitaja Üks, Kesk-Eesti Autovaruosad OÜ endine ' +
          'juhataja, telefon soovi korral.',
      },
    ],
  },
  {
    id: 'et-h39-18-hiinast-soome-kaudu-votmekliendijuht-aasia-piimatooted-tallinn',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Titaan Kaheksateist',
    email: 'kaheksateist.t39@example.com',
    phone: '+372 5590 7718',
    contactLines: ['Tallinn', 'Sünniaasta 1992', 'WeChat: titaan18-39'],
    headings: {
      contact: 'Kontakt',
      profile: 'Minust',
      work: 'Töökogemus',
      courses: 'Kursused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen pärit Hangzhoust. Pärast ülikooli töötasin kaks aastat Hangzhous kaubandusfirmas, õppisin Soomes ' +
        'magistriõppes ja alates 2021. aastast viin Eesti piimatooteid Aasia importööride ja jaekettide ' +
        'riiulitele.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Võtmekliendijuht (Aasia)',
          'Põhjala Piimatööstus AS',
          '2021-03',
          null,
          true,
          '2021.03 – 至今 (praeguseni)',
          [
            '12 võtmeklienti Hiinas, Lõuna-Koreas, Jaapanis ja Vietnamis – importöörid ja jaeketid',
            '2025. aasta müük 8,4 mln €',
            'läbirääkimised importööride omanike ja ostudirektoritega, kes otsustavad aastalepingute üle',
            'messid Shanghais ja Tokyos',
          ],
        ),
        lines: ['2021.03 – 至今 (praeguseni) | Võtmekliendijuht (Aasia)', 'Põhjala Piimatööstus AS, Tallinn'],
      },
      {
        ...job('Export Coordinator', 'Nordic Dairy Export Oy', '2019-08', '2021-02', false, '2019.08 – 2021.02', [
          'ekspordidokumendid, sertifikaadid ja veod Aasiasse',
          'oma kliente ei olnud – toetasin ekspordijuhte',
        ]),
        lines: ['2019.08 – 2021.02 | Export Coordinator', 'Nordic Dairy Export Oy, Helsingi, Soome'],
      },
      {
        ...job('Müügiesindaja', 'Hangzhou Jinye Trading Co., Ltd.', '2014-07', '2016-08', true, '2014.07 – 2016.08', [
          'imporditud toiduainete müük supermarketitele ja hotellidele Zhejiangi provintsis, umbes 40 klienti',
        ]),
        lines: ['2014.07 – 2016.08 | Müügiesindaja (销售代表)', 'Hangzhou Jinye Trading Co., Ltd., Hangzhou, Hiina'],
      },
    ],
    education: [
      edu('msc', 'Vaasa Ülikool (Vaasan yliopisto), International Business, MSc (Econ.), 2016.09 – 2019.06', {
        field: 'International Business',
        institution: 'Vaasa Ülikool',
        startYear: 2016,
        endYear: 2019,
      }),
      edu(
        'bakalaureus',
        'Zhejiangi Gongshangi Ülikool (浙江工商大学), rahvusvaheline kaubandus, bakalaureus, 2010.09 – 2014.06',
        {
          field: 'rahvusvaheline kaubandus',
          institution: 'Zhejiangi Gongshangi Ülikool',
          startYear: 2010,
          endYear: 2014,
        },
      ),
    ],
    courses: [named('Eesti keel B1', 'Eesti keel B1, 2023')],
    certifications: [],
    languages: [
      lang('zh', 'native', 'hiina (mandariini) – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('et', 'B1', 'eesti – B1'),
      lang('fi', 'A2', 'soome – A2'),
      lang('ja', 'A2', 'jaapani – algtase'),
    ],
    skills: [
      'Läbirääkimisoskus',
      'Kultuuridevaheline suhtlemisoskus',
      'Analüütiline mõtlemine (turuülevaated, hinnastamine)',
      'SAP, Excel, Power BI',
    ],
    clientBase: { activeAccounts: 12, annualRevenueEur: 8_400_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'communication', 'negotiation'],
  },
  {
    id: 'et-h39-19-ungari-kuupaevadega-viini-kaudu-votmekliendijuht-spaapaketid-parnu',
    format: 'docx',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Titaan Üheksateist',
    email: 'yheksateist.39@example.net',
    phone: '+372 5399 6120',
    contactLines: ['Pärnu', 'Ungari kodanik, Eestis alates 2020'],
    tagline: 'Võtmekliendijuht – reisikorraldajad Kesk-Euroopas',
    headings: {
      profile: 'Tutvustus',
      work: 'Töökogemus',
      courses: 'Kursused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen ungarlane ja elan Pärnus 2020. aastast. Töötasin Hévízi spaahotelli vastuvõtus ja Viini reisifirmas; ' +
        'nüüd toon Pärnu spaahotelli reisigruppe Ungarist, Austriast, Tšehhist ja Slovakkiast.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Võtmekliendijuht (Kesk-Euroopa turud)',
          'Rannaliiv Spa Hotell AS',
          '2020-09',
          null,
          true,
          '2020. szeptember – jelenleg',
          [
            '28 reisikorraldajat ja bussifirmat Ungaris, Austrias, Tšehhis ja Slovakkias',
            '2025. aastal nende gruppide majutus- ja spaateenused kokku 2,6 mln €',
            'aastalepingud ja kvoodid reisikorraldajate tootejuhtidega; hinnad kinnitab meie müügidirektor',
            'infoturid ja messid Budapestis ja Viinis',
          ],
        ),
        lines: ['2020. szeptember – jelenleg: Võtmekliendijuht (Kesk-Euroopa turud), Rannaliiv Spa Hotell AS, Pärnu'],
      },
      {
        ...job(
          'Sales Manager (Ungari ja Slovakkia)',
          'Donaublick Reisen GmbH',
          '2015-05',
          '2020-08',
          true,
          '2015. május – 2020. augusztus',
          ['bussireiside pakkumine Ungari ja Slovakkia reisibüroodele, umbes 60 partnerit'],
        ),
        lines: [
          '2015. május – 2020. augusztus: Sales Manager (Ungari ja Slovakkia), Donaublick Reisen GmbH, Bécs (Viin)',
        ],
      },
      {
        ...job(
          'Recepciós',
          'Balaton Wellness Szálloda Kft.',
          '2011-07',
          '2015-04',
          false,
          '2011. július – 2015. április',
          ['vastuvõtt ja broneeringud saksa, inglise ja ungari keeles'],
        ),
        lines: ['2011. július – 2015. április: Recepciós (administraator), Balaton Wellness Szálloda Kft., Hévíz'],
      },
    ],
    education: [
      edu('BA', 'Budapesti Gazdasági Egyetem, turizmus-vendéglátás (turism ja toitlustus), BA, 2007–2011', {
        field: 'turizmus-vendéglátás',
        institution: 'Budapesti Gazdasági Egyetem',
        startYear: 2007,
        endYear: 2011,
      }),
      edu('keskharidus', 'Keszthelyi Vajda János Gimnázium, érettségi (keskharidus), 2007', {
        institution: 'Keszthelyi Vajda János Gimnázium',
        endYear: 2007,
      }),
    ],
    courses: [named('Eesti keel B1', 'Eesti keel B1, Pärnu, 2022–2023')],
    certifications: [],
    languages: [
      lang('hu', 'native', 'ungari – emakeel'),
      lang('de', 'C1', 'saksa – C1'),
      lang('en', 'C1', 'inglise – C1'),
      lang('et', 'B1', 'eesti – B1'),
      lang('sk', 'A2', 'slovaki – algtase'),
    ],
    skills: [
      'Läbirääkimised reisikorraldajatega',
      'Suhtevõrgustik Kesk-Euroopa reisibüroodes',
      'Loov kampaaniate ja pakettide koostamisel',
    ],
    clientBase: { activeAccounts: 28, annualRevenueEur: 2_600_000, segment: 'international' },
    competencies: ['innovation', 'negotiation', 'relationship_building'],
  },
  {
    id: 'et-h39-20-kasahstanist-riia-kaudu-rendimuugi-juht-ehitusmasinad-maardu',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Titaan Kakskümmend',
    email: 'kakskymmend.titaan3920@example.com',
    phone: '+372 5601 8832',
    contactLines: ['Maardu', 'Kasahstani kodanik, pikaajalise elaniku elamisluba'],
    tagline: 'Rendimüügi juht – ehitusmasinad ja tõstukid',
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      workTable: ['Aastad', 'Ametikoht', 'Ettevõte'],
      courses: 'Kursused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    workTableOrder: ['period', 'title', 'employer'],
    profile: [
      'Ehitusmasinate insener, kes on 18 aastat pakkunud ja rentinud ehitustehnikat kolmes riigis: Almatõs ' +
        '(Kasahstan) 2008–2014, Riias (Läti) 2014–2019 ja alates 2019. aastast Tallinnas.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Rendimüügi juht', 'Rendimasin Baltic OÜ', '2019', null, true, '2019 – praegu', [
        'ehitusmasinate, tõstukite ja tellingute rent ehitusfirmadele Tallinnas ja Harjumaal',
        '95 lepingulist klienti, rendikäive 2025. aastal 3,4 mln €',
        'suhtlen objektijuhtide ja ostujuhtidega; pikemad raamlepingud kinnitab kliendi juhatus',
      ]),
      job('Müügijuht', 'SIA Baltic Lift Rent', '2014', '2019', true, '2014 – 2019', [
        'tõstukite müük ja rent Läti ehitusfirmadele, umbes 70 klienti',
      ]),
      job('Müügiinsener', 'TOO Almaty StroyTekhnika', '2008', '2014', true, '2008 – 2014', [
        'ekskavaatorite ja laadurite müük ehitusfirmadele ja karjääridele Almatõ oblastis',
      ]),
      job('Hooldusinsener', 'TOO Almaty StroyTekhnika', '2002', '2008', false, '2002 – 2008'),
    ],
    education: [
      edu(
        'kõrgharidus',
        'Kasahhi Riiklik Arhitektuuri- ja Ehitusakadeemia, Almatõ – ehitusmasinad ja -seadmed, insener ' +
          '(5-aastane diplom), 1997–2002',
        {
          field: 'ehitusmasinad ja -seadmed',
          institution: 'Kasahhi Riiklik Arhitektuuri- ja Ehitusakadeemia',
          startYear: 1997,
          endYear: 2002,
        },
      ),
    ],
    courses: [named('Eesti keel B1', 'Eesti keel B1, 2021')],
    certifications: [],
    languages: [
      lang('kk', 'native', 'kasahhi – emakeel'),
      lang('ru', 'native', 'vene – emakeel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('et', 'B1', 'eesti – B1'),
      lang('lv', 'A2', 'läti – algtase'),
    ],
    skills: ['Tehniline müük', 'Läbirääkimisoskus', 'Pingetaluvus', '1C, Excel'],
    clientBase: { activeAccounts: 95, annualRevenueEur: 3_400_000, segment: 'regional_smb' },
    competencies: ['negotiation', 'sales', 'stress_resistance'],
  },
  {
    id: 'et-h39-21-afganistanist-mentori-abiga-muuja-telefonipood-tallinn',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Titaan Kakskümmend Üks',
    email: 'titaan.21.39@example.org',
    phone: '+372 5388 4107',
    contactLines: ['Tallinn, Lasnamäe', 'Rahvusvaheline kaitse, elamisluba kehtib 2029'],
    afterContact: [
      {
        kind: 'paragraph',
        text:
          'CV on koostatud koos vabatahtliku mentoriga tööotsinguprogrammist. Afganistani aastad on kirjas ' +
          'sealse kalendri järgi, sulgudes meie kalendri järgi.',
      },
    ],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      courses: 'Kursused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen 33-aastane, pärit Heratist. Afganistanis oli mul üheksa aastat oma telefonipood. 2021. aastal pidin ' +
        'kodumaalt lahkuma ja alates 2022 elan Tallinnas. Töötasin kullerina ja nüüd olen müüja telefonipoes. ' +
        'Tahan edasi areneda ja hiljem tegeleda ka äriklientidega.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job('Müüja', 'Mobiilinurk OÜ', '2024-03', null, true, '03.2024 – praegu', [
          'telefonide, lisaseadmete ja mobiililepingute müük',
          'klientide nõustamine eesti, inglise, dari ja puštu keeles',
          'remonditööde vastuvõtt',
        ]),
        lines: ['03.2024 – praegu   Müüja – Mobiilinurk OÜ, Tallinn (Lasnamäe)'],
      },
      {
        ...job('Kuller', 'Kiirkuller OÜ', '2022-11', '2024-02', false, '11.2022 – 02.2024', [
          'pakkide kättetoimetamine Tallinnas',
        ]),
        lines: ['11.2022 – 02.2024   Kuller – Kiirkuller OÜ, Tallinn'],
      },
      {
        ...job('Omanik ja müüja', 'Herat Mobile', '2012', '2021', false, '1391–1400 (2012–2021)', [
          'oma telefonipood: kauba sisseost, müük ja remont, kaks töötajat',
        ]),
        lines: ['1391–1400 (2012–2021)   Omanik ja müüja – Herat Mobile (oma pood), Herat, Afganistan'],
      },
      {
        ...job('Müüja', 'Herat Telecom Bazaar', '2009', '2012', true, '1388–1391 (2009–2012)', [
          'telefonide ja SIM-kaartide müük turul',
        ]),
        lines: ['1388–1391 (2009–2012)   Müüja – Herat Telecom Bazaar, Herat, Afganistan'],
      },
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: 'Õppisin 1389–1391 (2010–2012) Herati Ülikoolis majandust; õpingud jäid pooleli, kui avasin oma poe.',
      },
    ],
    education: [
      edu('keskharidus', 'Herati 2. keskkool, keskharidus (12. klass), 1388 (2009)', {
        institution: 'Herati 2. keskkool',
        endYear: 2009,
      }),
    ],
    courses: [
      named('Eesti keel A2', 'Eesti keel A2, 2022–2023'),
      named('Tööalane eesti keel klienditeeninduses', 'Tööalane eesti keel klienditeeninduses, 2024'),
    ],
    certifications: [],
    languages: [
      lang('fa', 'native', 'dari (pärsia) – emakeel'),
      lang('ps', 'B2', 'puštu – hea'),
      lang('ur', 'B1', 'urdu – suhtlustasemel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('et', 'A2', 'eesti – A2'),
    ],
    skills: ['Telefonide ja lisaseadmete tundmine, lihtsamad remonditööd', 'Kliendikeskne', 'Ausus ja täpsus'],
    clientBase: null,
    competencies: ['customer_focus'],
    closing: [{ kind: 'paragraph', text: 'Mentor: Mentor Üks (vabatahtlik). Tema kontakti annan soovi korral.' }],
  },
  {
    id: 'et-h39-22-pdf-ist-kopeeritud-tekst-logistikakoordinaator-muugita-keila',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Titaan Kakskümmend Kaks',
    email: 'kk.titaan3922@example.net',
    phone: '+372 5811 0427',
    contactLines: ['Keila'],
    headings: {
      profile: 'PROFIIL',
      work: 'TÖÖKOGEMUS',
      education: 'HARIDUS',
      languages: 'KEELED',
      skills: 'OSKUSED',
    },
    profile: [
      'Logistika ja klienditoe taustaga noor spetsialist. Soovin liikuda sisemüüki või kliendihaldusse – tean, ' +
        'kuidas tellimus liigub laost kliendini, ja olen kolm ja pool aastat suhelnud e-poe klientidega.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Logistikakoordinaator', 'Keila Laoteenused OÜ', '2023-10', null, false, '10/2023 – praegu', [
          'veotellimuste planeerimine ja vedajate broneerimine',
          'klientide tarneaegade jälgimine, tolli- ja saate- dokumendid',
          'koostöö lao meeskonnaga',
        ]),
        lines: ['10/2023 – praegu: Logistikakoordinaator, Keila Laoteenused OÜ, Keila'],
      },
      {
        ...job('Klienditoe spetsialist', 'Kõik Kodus OÜ', '2020-03', '2023-09', false, '03/2020 – 09/2023', [
          'e-poe klientide päringud telefonis, e-postis ja vestlus- aknas',
          'tagastused ja pretensioonid',
          'müügieesmärki ega oma kliente ei olnud',
        ]),
        lines: ['03/2020 – 09/2023: Klienditoe spetsialist, Kõik Kodus OÜ (e-pood), Tallinn'],
      },
      {
        ...job('Laotöötaja', 'Keila Laoteenused OÜ', '2019-06', '2019-08', false, '06/2019 – 08/2019'),
        lines: ['06/2019 – 08/2019: Laotöötaja (suvetöö), Keila Laoteenused OÜ, Keila'],
      },
    ],
    afterJobs: [
      { kind: 'paragraph', text: 'Kandidaat Titaan Kakskümmend Kaks – CV                              lk 1/2' },
    ],
    education: [
      edu('rakenduskõrgharidus', 'Tallinna Tehnikakõrgkool, logistika, rakenduskõrgharidus (sessioonõpe), 2019–2023', {
        field: 'logistika',
        institution: 'Tallinna Tehnikakõrgkool',
        startYear: 2019,
        endYear: 2023,
      }),
      edu('keskharidus', 'Keila Kool, keskharidus, 2019', { institution: 'Keila Kool', endYear: 2019 }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'native', 'vene – kodune keel'),
      lang('en', 'B2', 'inglise – B2'),
      lang('de', 'A2', 'saksa – A2'),
    ],
    skills: [
      'Planeerimine ja ajakavad',
      'Meeskonnatöö',
      'Kliendikeskne',
      'Excel (edasijõudnud), Power BI, Directo, Merit',
    ],
    clientBase: null,
    competencies: ['customer_focus', 'organisation', 'teamwork'],
    closing: [
      { kind: 'paragraph', text: 'Kandidaat Titaan Kakskümmend Kaks – CV                              lk 2/2' },
    ],
  },
  {
    id: 'et-h39-23-tsehhi-keelest-tolgitud-muugiesindaja-lauanoud-horeca-tallinn',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Titaan Kakskümmend Kolm',
    email: 'kakskymmendkolm39@example.com',
    phone: '+372 5307 6615',
    contactLines: ['Tallinn, Kristiine', 'Tšehhi kodanik, Eestis alates 2019'],
    headings: {
      profile: 'Isiklik profiil',
      work: 'Töökogemused',
      education: 'Haridus',
      courses: 'Kursused',
      languages: 'Keeleoskused',
      skills: 'Oskused ja omadused',
    },
    profile: [
      'Olen pärit Teplicest Tšehhis, kus töötasin 11 aastat klaasitehases – algul müügiassistendina, siis ' +
        'müügiesindajana. 2019. aastal kolisin abikaasa järel Tallinna ja pakun nüüd lauanõusid, klaase ja ' +
        'köögitarvikuid restoranidele ja hotellidele.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Müügiesindaja HoReCa', 'Gastro Varustus OÜ', '2019-09', null, true, 'od 09/2019 dosud', [
          '70 restorani, hotelli ja toitlustajat Tallinnas ja Harjumaal',
          'müük 2025. aastal 980 000 €',
          'peakokad ja omanikud otsustavad ise, millised nõud ja klaasid nad valivad',
          'tootenäidised ja lauakatmise esitlused',
        ]),
        lines: ['Müügiesindaja HoReCa', 'Gastro Varustus OÜ, Tallinn · od 09/2019 dosud'],
      },
      {
        ...job('Obchodní zástupce', 'Krušnohorské sklo s.r.o.', '2012-03', '2019-08', true, 'od 03/2012 do 08/2019', [
          'klaaside ja kristallnõude müük hotellidele ja restoranidele Tšehhis ja Saksamaal, umbes 110 klienti',
          'messid Frankfurdis ja Prahas',
        ]),
        lines: ['Obchodní zástupce (müügiesindaja)', 'Krušnohorské sklo s.r.o., Teplice · od 03/2012 do 08/2019'],
      },
      {
        ...job('Asistentka prodeje', 'Krušnohorské sklo s.r.o.', '2008-09', '2012-02', false, 'od 09/2008 do 02/2012', [
          'tellimuste sisestamine, arved ja saatedokumendid müügiesindajatele',
        ]),
        lines: ['Asistentka prodeje (müügiassistent)', 'Krušnohorské sklo s.r.o., Teplice · od 09/2008 do 02/2012'],
      },
    ],
    education: [
      edu(
        'magistrikraad',
        'Vysoká škola ekonomická v Praze, mezinárodní obchod (rahvusvaheline kaubandus), Ing. (magistrikraad), ' +
          '2003–2008',
        {
          field: 'mezinárodní obchod',
          institution: 'Vysoká škola ekonomická v Praze',
          startYear: 2003,
          endYear: 2008,
        },
      ),
      edu('keskharidus', 'Gymnázium Teplice, maturita (keskharidus), 2003', {
        institution: 'Gymnázium Teplice',
        endYear: 2003,
      }),
    ],
    courses: [named('Eesti keel A2', 'Eesti keel A2, Tallinn, 2020')],
    certifications: [],
    languages: [
      lang('cs', 'native', 'tšehhi – emakeel'),
      lang('sk', 'C1', 'slovaki – väga hea'),
      lang('de', 'B2', 'saksa – hea'),
      lang('en', 'B2', 'inglise – hea'),
      lang('et', 'A2', 'eesti – A2'),
    ],
    skills: ['Läbirääkimisoskus', 'Kliendisuhted', 'Ettevõtlik', 'Juhiload B'],
    clientBase: { activeAccounts: 70, annualRevenueEur: 980_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['entrepreneurship', 'negotiation', 'relationship_building'],
    closing: [
      {
        kind: 'paragraph',
        text: 'CV tõlkis tšehhi keelest minu sõbranna; vabandan võimalike vigade pärast.',
      },
    ],
  },
  {
    id: 'et-h39-24-inglise-keelest-abikaasa-tolgitud-muugijuht-kasitoo-olu-viljandi',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Titaan Kakskümmend Neli',
    email: 'titaan24.brew39@example.org',
    phone: '+372 5902 1187',
    contactLines: ['Viljandi', 'Briti kodanik, alaline elamisõigus Eestis (2019)'],
    tagline: 'Müügijuht – käsitööõlu',
    headings: {
      contact: 'Kontakt',
      profile: 'Isiklik kokkuvõte',
      work: 'Töökogemus',
      education: 'Haridus',
      certifications: 'Kvalifikatsioonid',
      languages: 'Keeled',
      skills: 'Põhioskused',
    },
    profile: [
      'Olen inglane Yorkshire’ist ja elan Viljandis 2016. aastast. Kolmkümmend aastat õlletööstuses – alustasin ' +
        'õllevedajana ja olin kümme aastat piirkondlik müügijuht. Nüüd viin Viljandi käsitööõlut pubidesse, ' +
        'restoranidesse ja poodidesse üle Eesti.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Müügijuht',
        'Mulgi Pruulikoda OÜ',
        '2016-09',
        null,
        true,
        'sept 2016 – praegu',
        [
          '130 aktiivset klienti üle Eesti: pubid, restoranid, hotellid ja väiksemad poed',
          'müük 2025. aastal 1,05 mln €',
          'omanikud ja baarijuhid otsustavad ise, mida kraanidesse panna',
          'messid ja õllefestivalid, uute sortide esitlused',
        ],
        'Viljandi',
      ),
      job(
        'Area Sales Manager',
        'Pennine Ales Ltd',
        '2006-04',
        '2016-07',
        true,
        'Apr 2006 – Jul 2016',
        ['pubs and free houses across West Yorkshire, about 180 accounts'],
        'Huddersfield, UK',
      ),
      job(
        'Drayman',
        'Pennine Ales Ltd',
        '1996-09',
        '2006-03',
        false,
        'Sept 1996 – Mar 2006',
        ['õllevaatide kohaletoimetamine pubidesse (õllevedaja)'],
        'Huddersfield, UK',
      ),
    ],
    education: [
      edu('keskharidus', 'Greenhead College, Huddersfield – A-taseme eksamid (A-levels): ajalugu, geograafia, 1996', {
        institution: 'Greenhead College',
        endYear: 1996,
      }),
      edu('põhiharidus', 'Lindley Park School, Huddersfield – GCSE (9 ainet), 1994', {
        institution: 'Lindley Park School',
        endYear: 1994,
      }),
    ],
    courses: [],
    certifications: [
      named('BIIAB Level 2 Award in Cellar Management', 'BIIAB Level 2 Award in Cellar Management, 2008'),
    ],
    languages: [
      lang('en', 'native', 'inglise – emakeel'),
      lang('et', 'B2', 'eesti – B2 (õpin kümnendat aastat)'),
      lang('de', 'A2', 'saksa – algtase'),
    ],
    skills: ['Suhete loomine', 'Veenmisoskus', 'Ettevõtlik', 'Juhiload B'],
    clientBase: { activeAccounts: 130, annualRevenueEur: 1_050_000, segment: 'national', decisionMakers: true },
    competencies: ['entrepreneurship', 'persuasiveness', 'relationship_building'],
    closing: [
      { kind: 'paragraph', text: 'Soovitajad (referees) esitan soovi korral.' },
      {
        kind: 'paragraph',
        text: 'CV tõlkis inglise keelest mu abikaasa; ingliskeelse originaali saadan soovi korral.',
      },
    ],
  },
  {
    id: 'et-h39-25-aserbaidzaanist-tyrgi-kaudu-muugiesindaja-ilusalongid-tallinn',
    format: 'txt',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Titaan Kakskümmend Viis',
    email: 'titaan.kv39@example.com',
    phone: '+372 5450 6674',
    contactLines: ['Tallinn, Mustamäe', 'Aserbaidžaani kodanik, elamisluba töötamiseks'],
    headings: {
      profile: 'Lühitutvustus',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen kosmetoloog, kes läks üle müüki. Töötasin Bakuus ilusalongis, Istanbulis professionaalse kosmeetika ' +
        'hulgifirmas ja alates 2021. aastast Tallinnas ilusalongide müügiesindajana.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Ajavahemik', title: 'Ametinimetus', employer: 'Ettevõte', duties: 'Kirjeldus' },
    jobs: [
      job(
        'Müügiesindaja (ilusalongid)',
        'Iluvara Hulgi OÜ',
        '2021-09',
        null,
        true,
        '09.2021 – indiyədək (praeguseni)',
        [
          'professionaalse juuksehoolduse ja kosmeetika pakkumine 140 ilu- ja juuksurisalongile Tallinnas, ' +
            'Harjumaal ja Tartus',
          '2025. aasta müük 860 000 €',
          'salongide omanikud otsustavad ise, milliste toodetega nad töötavad',
          'tootekoolitused salongide töötajatele',
        ],
        'Tallinn',
      ),
      job(
        'Satış Temsilcisi',
        'Güzellik Dünyası Kozmetik Ltd. Şti.',
        '2017-03',
        '2021-07',
        true,
        '03.2017 – 07.2021',
        ['professionaalse kosmeetika müük Istanbuli Aasia-poolsetele salongidele, umbes 90 klienti'],
        'İstanbul, Türgi',
      ),
      job(
        'Kosmetoloq',
        'Bakı Gözəllik Salonu MMC',
        '2014-08',
        '2017-02',
        false,
        '08.2014 – 02.2017',
        ['näohooldused ja kosmeetilised protseduurid'],
        'Bakuu, Aserbaidžaan',
      ),
    ],
    education: [
      edu(
        'bakalaureus',
        'Aserbaidžaani Riiklik Majandusülikool (UNEC), Bakuu – marketing, bakalavr (bakalaureus), 2010–2014',
        {
          field: 'marketing',
          institution: 'Aserbaidžaani Riiklik Majandusülikool',
          startYear: 2010,
          endYear: 2014,
        },
      ),
    ],
    courses: [
      named('Kosmetoloogia kursus', 'Kosmetoloogia kursus, Bakuu, 2014'),
      named('Eesti keel A2', 'Eesti keel A2, 2022'),
    ],
    certifications: [],
    languages: [
      lang('az', 'native', 'aserbaidžaani – emakeel'),
      lang('tr', 'C1', 'türgi – väga hea'),
      lang('ru', 'B2', 'vene – hea'),
      lang('en', 'B1', 'inglise – suhtlustasemel'),
      lang('et', 'A2', 'eesti – A2'),
    ],
    skills: ['Toodete esitlemine ja koolitused salongidele', 'Veenev', 'Pingekindel'],
    clientBase: { activeAccounts: 140, annualRevenueEur: 860_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['persuasiveness', 'stress_resistance'],
  },
  {
    id: 'et-h39-26-kakskeelne-eesti-soome-muugiesindaja-aknad-soome-ehitajad-kuressaare',
    format: 'txt',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Titaan Kakskümmend Kuus',
    nameLine: 'Kandidaat Titaan Kakskümmend Kuus – CV / Ansioluettelo',
    email: 'kuus.kakskymmend39@example.net',
    phone: '+372 5345 2639',
    contactLines: [
      'Kuressaare / Kuressaari',
      'Töötan Soome turul, kolm päeva nädalas Helsingis / Kolme päivää viikossa Helsingissä',
    ],
    headings: {
      profile: 'Minust / Tietoja minusta',
      work: 'Töökogemus / Työkokemus',
      workTable: ['Aeg / Aika', 'Tööandja / Työnantaja', 'Amet / Tehtävä'],
      education: 'Haridus / Koulutus',
      courses: 'Koolitused / Kurssit',
      languages: 'Keeled / Kielitaito',
      skills: 'Oskused / Taidot',
    },
    profile: [
      'Saaremaa aknatehase müügiesindaja Soome turul aastast 2005. Olen ise olnud tisler ja tootmismeister, ' +
        'seepärast tunnen toodet detailideni.',
      'Saarenmaalaisen ikkunatehtaan myyntiedustaja Suomen markkinoilla vuodesta 2005. Olen itse ollut puuseppä ' +
        'ja tuotantomestari, joten tunnen tuotteen tarkasti.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Müügiesindaja (Soome turg)', 'Saare Aken AS', '2005', null, true, '2005 – praegu / nyt', [
        '40 Soome ehitusettevõtet ja aknapaigaldajat Uusimaal ja Varsinais-Suomis / 40 suomalaista ' +
          'rakennusliikettä ja ikkuna-asentajaa',
        'Müük 2025: 5,2 mln € / Myynti 2025: 5,2 milj. €',
        'Otsuse teevad firmade omanikud ja ostujuhid / Päätökset tekevät omistajat ja ostopäälliköt',
      ]),
      job('Tootmismeister', 'Saare Aken AS', '1998', '2005', false, '1998 – 2005', [
        'kahe vahetuse töö planeerimine, 25 töötajat / kahden vuoron työnsuunnittelu, 25 työntekijää',
      ]),
      job('Tisler', 'Kuressaare Mööblivabrik AS', '1991', '1998', false, '1991 – 1998'),
    ],
    education: [
      edu(
        'kutsekeskharidus',
        'Kuressaare Tööstustehnikum, puidutöötlemine, keskeriharidus, 1987–1991 / puutekniikka, opistotaso',
        {
          field: 'puidutöötlemine',
          institution: 'Kuressaare Tööstustehnikum',
          startYear: 1987,
          endYear: 1991,
        },
      ),
    ],
    courses: [
      named('Soome keel ärisuhtluses', 'Soome keel ärisuhtluses / Liikesuomi, 2006'),
      named(
        'Soome ehitusnormid ja RT-kaardid',
        'Soome ehitusnormid ja RT-kaardid / Rakentamismääräykset ja RT-kortit, 2012',
      ),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel / äidinkieli'),
      lang('fi', 'C1', 'soome – väga hea / erinomainen'),
      lang('ru', 'B2', 'vene – hea / hyvä'),
      lang('en', 'A2', 'inglise – algtase / alkeet'),
    ],
    skills: ['Tehniline müük / Tekninen myynti', 'Läbirääkimisoskus / Neuvottelutaidot', 'Juhiload B / Ajokortti B'],
    clientBase: { activeAccounts: 40, annualRevenueEur: 5_200_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'organisation', 'sales'],
  },
];

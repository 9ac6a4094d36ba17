import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The sixteenth held-out set's Estonian CVs (Estonian and Russian-speaking candidates in Estonia): the ordinary CVs
 * an account-manager vacancy draws on a Monday morning – job-portal exports (CV Keskus, CV-Online, Töötukassa),
 * Word templates, design-tool PDFs, a CV pasted into an e-mail, LinkedIn and Europass CVs – from school leavers,
 * career changers, returners and seasoned key account managers, in trades the earlier sets do not cover.
 */
export const HELD_OUT_16_ET: CvSource[] = [
  {
    id: 'et-h16-01-cvkeskus-kasitooolu-muugiesindaja-tartu',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Tuhat Üks',
    email: 'tuhat.yks.1001@example.com',
    phone: '+372 5346 2281',
    contactLines: ['Elukoht: Tartu', 'Sünniaasta: 1995'],
    tagline: 'Soovitud amet: müügiesindaja, kliendihaldur (HoReCa)',
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Tunnistused',
      languages: 'Keeleoskus',
      skills: 'Isikuomadused ja arvutioskus',
    },
    profile: [
      'Olen käsitööõlle müügiesindaja Tartus. Minu kliendid on umbes 85 baari, restorani ja poodi Tartu-, Viljandi- ' +
        'ja Põlvamaal; 2025. aastal ostsid nad minu kaudu õlut ja siidrit ca 540 000 € eest. Pruulikoja enda käive ' +
        'on 3,2 mln € ja toodang 1,1 mln liitrit aastas. Enne müüki töötasin kuus aastat baarides, seega tean, mida ' +
        'baarmen leti taga vajab. Tellimusi teen enamasti baarijuhtidega.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Tööperiood', title: 'Amet', employer: 'Tööandja', duties: 'Ülesanded ja saavutused' },
    jobs: [
      job(
        'Müügiesindaja',
        'Emajõe Pruulikoda OÜ',
        '2020-05',
        null,
        true,
        '05.2020 – k.a.',
        [
          'uute kohtade leidmine ja kraanide paigaldus koos tehnikuga (2025: 14 uut kohta)',
          'hinnapakkumised, aastalepingud ja suvekampaaniad',
          'õllede tutvustamine ja baaripersonali koolitused',
          'tellimuste ja tühjade vaatide tagastuse jälgimine',
        ],
        'Tartu',
      ),
      job(
        'Vahetuse vanem',
        'Pudeliklubi OÜ',
        '2017',
        '2020-04',
        false,
        '2017 – 04.2020',
        ['vahetuse töö korraldamine (5–7 inimest)', 'kaubatellimused tarnijatelt ja inventuurid'],
        'Tartu',
      ),
      job('Baarmen', 'Rüütli Kelder OÜ', '2014', '2016', false, '2014 – 2016', undefined, 'Tartu'),
    ],
    education: [
      edu('kutseharidus', 'Tartu Kutsehariduskeskus, toitlustusteenindus, kutseharidus (tase 4), 2011–2014', {
        field: 'toitlustusteenindus',
        institution: 'Tartu Kutsehariduskeskus',
        startYear: 2011,
        endYear: 2014,
      }),
    ],
    courses: [
      named('Õlle ja toidu sobitamine', 'Õlle ja toidu sobitamine, Eesti Väikepruulijate Liit, 2021'),
      named('Läbirääkimised HoReCa klientidega', 'Läbirääkimised HoReCa klientidega – sisekoolitus, 2022'),
    ],
    certifications: [named('Õllesommeljee (Doemens)', 'Õllesommeljee (Doemens), München, 2022')],
    languages: [lang('et', 'native', ''), lang('en', 'B2', ''), lang('ru', 'B1', ''), lang('fi', 'A2', '')],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Keel', 'Arusaamine', 'Rääkimine', 'Kirjutamine'],
        rows: [
          ['eesti', 'emakeel', 'emakeel', 'emakeel'],
          ['inglise', 'väga hea', 'hea', 'hea'],
          ['vene', 'suhtlustasemel', 'suhtlustasemel', 'algtase'],
          ['soome', 'algtase', 'algtase', 'algtase'],
        ],
      },
    ],
    skills: ['Suhtlemisoskus', 'Kohusetundlik', 'Juhiload B', 'Excel, Merit Aktiva, Untappd for Business'],
    closing: [
      { kind: 'heading', text: 'Lisainfo' },
      {
        kind: 'paragraph',
        text:
          'Õppisin 2021–2023 Eesti Ettevõtluskõrgkoolis Mainor ärijuhtimist (sessioonõpe), õpingud jäid pooleli. ' +
          'Palgasoov: 2 000 € bruto + boonus.',
      },
    ],
    clientBase: { activeAccounts: 85, annualRevenueEur: 540_000, segment: 'regional_smb' },
    competencies: ['communication'],
  },
  {
    id: 'et-h16-02-tootukassa-naaseja-isikukaitsevahendid-oismae',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tuhat Kaks',
    nameLine: 'Kandidaat Tuhat Kaks – CV',
    email: 'k1002.tallinn@example.net',
    phone: '+372 5817 3306',
    contactLines: ['Aadress: Õismäe, Tallinn', 'Sünniaeg: 17.09.1986'],
    afterContact: [
      { kind: 'heading', text: 'Soovitud töö' },
      {
        kind: 'paragraph',
        text:
          'Ametinimetus: kliendihaldur, müügikonsultant, müügiesindaja; Tööaeg: täistööaeg või 0,75; Piirkond: ' +
          'Tallinn, Harjumaa; Tööle asumise aeg: kohe',
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
      'Pärast pikemat kodusolekut lastega naasen tööellu. Enne seda töötasin neli aastat isikukaitsevahendite ' +
        'hulgimüüjas kliendihaldurina – minu kliendid olid ehitus- ja tootmisfirmad Tallinnas. Töötukassa kaudu ' +
        'läbisin 2025. aasta sügisel kliendihalduri tööturukoolituse ja õpin eesti keelt C1 tasemele.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Kliendihaldur', 'Kaitsevarustus Baltic OÜ', '2014-03', '2018-04', true, '03.03.2014 – 30.04.2018'),
        lines: [
          'Ametinimetus: Kliendihaldur',
          'Tööandja: Kaitsevarustus Baltic OÜ (tööriided, kindad, kiivrid ja muud isikukaitsevahendid)',
          'Periood: 03.03.2014 – 30.04.2018',
          'Tööülesanded: püsiklientide tellimused ja hinnapakkumised, uute ettevõtete otsimine telefoni teel, ' +
            'kliendikülastused koos müügijuhiga, arvete ja võlgade jälgimine. Isiklik müügieesmärk oli 35 000 € kuus.',
        ],
      },
      {
        ...job('Müügikonsultant', 'Kodutehnika Keskus AS', '2009-08', '2014-02', true, '10.08.2009 – 28.02.2014'),
        lines: [
          'Ametinimetus: Müügikonsultant',
          'Tööandja: Kodutehnika Keskus AS (Rocca al Mare kauplus)',
          'Periood: 10.08.2009 – 28.02.2014',
          'Tööülesanded: kodumasinate ja elektroonika müük, järelmaksu- ja garantiilepingute vormistamine, ' +
            'väljapanek.',
        ],
      },
      {
        ...job('Kassapidaja', 'Toidumaailm AS', '2006-06', '2009-07', false, '01.06.2006 – 31.07.2009'),
        lines: ['Ametinimetus: Kassapidaja', 'Tööandja: Toidumaailm AS', 'Periood: 01.06.2006 – 31.07.2009'],
      },
    ],
    afterJobs: [
      { kind: 'paragraph', text: 'Lapsehoolduspuhkus: 05.2018 – 03.2021' },
      { kind: 'paragraph', text: 'Kodune lastega: 04.2021 – 08.2025' },
      { kind: 'paragraph', text: 'Töötu (registreeritud Töötukassas): alates 01.09.2025' },
    ],
    education: [
      edu('keskharidus', 'Haridustase: keskharidus; Õppeasutus: Tallinna Õismäe Vene Lütseum; Lõpetamise aasta: 2005', {
        institution: 'Tallinna Õismäe Vene Lütseum',
        endYear: 2005,
      }),
      edu(
        'kutseharidus',
        'Haridustase: kutseharidus keskhariduse baasil; Õppeasutus: Tallinna Kopli Ametikool; Eriala: ' +
          'müüja-kassapidaja; Lõpetamise aasta: 2006',
        { field: 'müüja-kassapidaja', institution: 'Tallinna Kopli Ametikool', endYear: 2006 },
      ),
    ],
    courses: [
      named('Kliendihalduri tööturukoolitus', 'Kliendihalduri tööturukoolitus (Töötukassa, 160 h), sept–nov 2025'),
      named('Eesti keele kursus B2→C1', 'Eesti keele kursus B2→C1, 2026 (kestab)'),
    ],
    certifications: [],
    languages: [lang('ru', 'native', ''), lang('et', 'B2', ''), lang('en', 'A2', '')],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Keel', 'Kõnes', 'Kirjas'],
        rows: [
          ['vene', 'emakeel', 'emakeel'],
          ['eesti', 'B2', 'B2'],
          ['inglise', 'A2', 'A2'],
        ],
      },
      { kind: 'paragraph', text: 'Eesti keele B2 tasemeeksam (2013).' },
    ],
    skills: ['Arvutioskus: MS Word, Excel, Directo (põhitase)', 'Juhiload: B', 'Kliendikeskne, täpne'],
    clientBase: null,
    competencies: ['customer_focus'],
  },
  {
    id: 'et-h16-03-canva-spordiklubi-ettevotete-paketid',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Tuhat Kolm',
    email: 'tuhatkolm1003@example.org',
    phone: '+372 5590 4127',
    contactLines: ['Tallinn, Kristiine', 'linkedin.example.com/in/k1003'],
    tagline: 'ACCOUNT EXECUTIVE · ETTEVÕTETE SPORDIPAKETID',
    headings: {
      contact: 'KONTAKT',
      profile: 'PROFIIL',
      work: 'TÖÖKOGEMUS',
      education: 'HARIDUS',
      courses: 'KOOLITUSED',
      certifications: 'TUNNISTUSED',
      skills: 'MIDA OSKAN',
      languages: 'KEELED',
    },
    profile: [
      'Müün ettevõtetele töötajate spordipakette ja treeningutoetuse lahendusi. Minu hallata on 55 ettevõtet ' +
        'Tallinnas ja Harjumaal (30–800 töötajaga); lepingud sõlmin personalijuhtidega, kes otsustavad ' +
        'soodustuste üle. Minu klientide arved kokku ~410 000 € aastas. Klubiketil on 18 klubi ja ligi 40 000 ' +
        'liiget. Olen proaktiivne ja mulle meeldib numbritega töötada.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Account Executive',
        'Vormikeskus AS',
        '2024-02',
        null,
        true,
        '02/2024 – praegu',
        [
          'ettevõtete spordipakettide pakkumised ja lepingud',
          'kvartaalsed kasutusülevaated klientide personalijuhtidega',
          'uute klientide leidmine LinkedIni ja soovituste kaudu (2025: 19 uut lepingut)',
        ],
        'Tallinn',
      ),
      job(
        'Müügiassistent',
        'Vormikeskus AS',
        '2023-08',
        '2024-01',
        false,
        '08/2023 – 01/2024',
        ['lepingute ja arvete vormistamine, CRM-i andmed', 'pakkumiste ettevalmistus müügijuhtidele'],
        'Tallinn',
      ),
      job(
        'Rühmatreener',
        'Vormikeskus AS',
        '2021-09',
        '2023-07',
        false,
        '09/2021 – 07/2023 (osalise koormusega)',
        ['ringtreeningud ja jõusaalitunnid õhtuti, õpingute kõrvalt'],
        'Tallinn',
      ),
    ],
    education: [
      edu('bakalaureus', 'Tallinna Ülikool, rekreatsioonikorraldus, bakalaureuseõpe 2020–2023', {
        field: 'rekreatsioonikorraldus',
        institution: 'Tallinna Ülikool',
        startYear: 2020,
        endYear: 2023,
      }),
      edu('keskharidus', 'Tallinna Kristiine Gümnaasium, keskharidus, 2020', {
        institution: 'Tallinna Kristiine Gümnaasium',
        endYear: 2020,
      }),
    ],
    courses: [named('Müügiprotsess B2B', 'Müügiprotsess B2B – sisekoolitus, 2024')],
    certifications: [named('Treener, tase 4', 'Treener, tase 4 (kutsetunnistus, 2022)')],
    languages: [
      lang('et', 'native', 'Eesti – emakeel'),
      lang('en', 'C1', 'Inglise – C1'),
      lang('ru', 'B1', 'Vene – B1'),
      lang('es', 'A2', 'Hispaania – A2'),
    ],
    skills: ['Suhtlemisoskus', 'Proaktiivne', 'HubSpot, Google Sheets, Canva', 'Juhiluba B'],
    clientBase: { activeAccounts: 55, annualRevenueEur: 410_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'initiative'],
  },
  {
    id: 'et-h16-04-epost-laagrid-tehased-kivioli',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tuhat Neli',
    email: 'kandidaat.1004@example.net',
    phone: '+372 5623 0947',
    afterContact: [
      { kind: 'paragraph', text: 'Teema: Kandideerimine – Müügiesindaja (tööstus), Ida-Virumaa' },
      { kind: 'paragraph', text: 'Tere päevast!' },
    ],
    headings: {
      profile: 'Lühidalt',
      work: 'Töö',
      education: 'Õppimine',
      courses: 'Kursused',
      languages: 'Keeled',
      skills: 'Muud',
    },
    profile: [
      'Saadan oma CV müügiesindaja kohale. Olen 11 aastat müünud laagreid, rihmasid, kette ja määrdeaineid Ida- ja ' +
        'Lääne-Virumaa tehastele ja töökodadele. Praegu on mul umbes 70 aktiivset klienti, kelle ostud minu kaudu on ' +
        'ca 1,3 mln € aastas. Suhtlen peamiselt hooldusjuhtide ja mehaanikutega. Enne müüki töötasin ise üheksa ' +
        'aastat remondilukksepana, nii et tean, miks laager puruneb. Elan Kiviõlis.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job('Müügiesindaja', 'Jõuülekanne OÜ', '2015-09', null, true, '09.2015 – praegu'),
        lines: ['09.2015 – praegu – Müügiesindaja, Jõuülekanne OÜ (Jõhvi esindus)'],
        bullets: [
          'tehaste külastused, vibratsioonimõõtmised koos tehnikuga',
          'hinnapakkumised ja raamlepingud',
          'laoseisu planeerimine suurklientidele',
        ],
      },
      {
        ...job('Remondilukksepp', 'Kivikeemia AS', '2006', '2015-08', false, '2006 – 08.2015'),
        lines: ['2006 – 08.2015 – Remondilukksepp, Kivikeemia AS (Kohtla-Järve)'],
      },
      {
        ...job('Abilukksepp', 'Kiviõli Autoremont OÜ', '2003', '2006', false, '2003–2006'),
        lines: ['2003–2006 – Abilukksepp, Kiviõli Autoremont OÜ'],
      },
    ],
    education: [
      edu('kutsekeskharidus', 'Kohtla-Järve Polütehnikum, tööstusseadmete mehaanik, kutsekeskharidus, 1999–2003', {
        field: 'tööstusseadmete mehaanik',
        institution: 'Kohtla-Järve Polütehnikum',
        startYear: 1999,
        endYear: 2003,
      }),
    ],
    courses: [
      named('Laagrite paigaldus ja hooldus', 'Laagrite paigaldus ja hooldus (tootja koolitus), Tallinn 2017'),
      named('Vibratsioonidiagnostika alused', 'Vibratsioonidiagnostika alused, 2019'),
    ],
    certifications: [],
    languages: [lang('ru', 'native', ''), lang('et', 'B2', ''), lang('en', 'A2', '')],
    languagesText: [
      'Emakeel vene. Eesti keel – B2 (tasemeeksam 2014), klientidega räägin eesti keeles iga päev. Inglise keel ' +
        'algtasemel, tehnilisi katalooge loen.',
    ],
    skills: ['Juhiluba B, oma auto', '1C, Excel', 'Tehniline taust'],
    closing: [
      {
        kind: 'paragraph',
        text: 'Vestlusele saan tulla igal tööpäeval pärast kella 16. Lugupidamisega, Kandidaat Tuhat Neli',
      },
    ],
    clientBase: { activeAccounts: 70, annualRevenueEur: 1_300_000, segment: 'regional_smb' },
    competencies: ['organisation'],
  },
  {
    id: 'et-h16-05-linkedin-pdf-soomlane-kulmutatud-toit-ketid',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Tuhat Viis',
    email: 'tuhat.viis1005@example.com',
    phone: '+372 5308 7712',
    contactLines: ['www.linkedin.example.com/in/k1005 (LinkedIn)'],
    tagline: 'Key Account Manager | Külmutatud toit | Soome ja Eesti',
    afterContact: [{ kind: 'paragraph', text: 'Tallinn, Harjumaa, Eesti' }],
    headings: {
      contact: 'Kontakt',
      skills: 'Peamised oskused',
      languages: 'Keeled',
      profile: 'Kokkuvõte',
      work: 'Kogemus',
      education: 'Haridus',
    },
    profile: [
      'Olen Soomes sündinud ja 2019. aastast Tallinnas elav võtmekliendijuht. Vastutan 6 jaekaubandusketi eest ' +
        'Soomes ja Eestis (kokku üle 2 000 kaupluse); minu klientide ostud olid 2025. aastal 11,8 mln €. ' +
        'Aastaläbirääkimisi pean kettide kategooriajuhtidega, kes otsustavad sortimendi ja kampaaniapinnad.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Key Account Manager',
          'Nordfrost Baltic OÜ',
          '2022-01',
          null,
          true,
          'jaanuar 2022 - praegu (4 aastat 11 kuud)',
        ),
        lines: [
          'Nordfrost Baltic OÜ',
          '7 aastat 11 kuud',
          'Key Account Manager',
          'jaanuar 2022 - praegu (4 aastat 11 kuud)',
          'Tallinn, Eesti',
        ],
        bullets: [
          'Soome ja Eesti kettide aastalepingud, kampaaniaplaanid ja uute toodete listimine; müügiprognoosid koos ' +
            'tarneahelaga.',
        ],
      },
      {
        ...job(
          'Müügijuht Eesti',
          'Nordfrost Baltic OÜ',
          '2019-01',
          '2021-12',
          true,
          'jaanuar 2019 - detsember 2021 (3 aastat)',
        ),
        lines: ['Müügijuht Eesti', 'jaanuar 2019 - detsember 2021 (3 aastat)', 'Tallinn, Eesti'],
        bullets: ['Eesti toidukaubanduse ja HoReCa hulgimüüjad; kaks müügiesindajat minu alluvuses.'],
      },
      {
        ...job(
          'Myyntiedustaja',
          'Pohjolan Pakaste Oy',
          '2013-03',
          '2018-12',
          true,
          'märts 2013 - detsember 2018 (5 aastat 10 kuud)',
        ),
        lines: [
          'Pohjolan Pakaste Oy',
          '5 aastat 10 kuud',
          'Myyntiedustaja',
          'märts 2013 - detsember 2018 (5 aastat 10 kuud)',
          'Tampere, Soome',
        ],
        bullets: ['Müügiesindaja Pirkanmaa ja Kesk-Soome kauplustes ja suurköökides.'],
      },
      {
        ...job(
          'Kaupluse juhataja',
          'Hervannan Lähikauppa Oy',
          '2009-06',
          '2013-02',
          false,
          'juuni 2009 - veebruar 2013 (3 aastat 9 kuud)',
        ),
        lines: [
          'Hervannan Lähikauppa Oy',
          '3 aastat 9 kuud',
          'Kaupluse juhataja',
          'juuni 2009 - veebruar 2013 (3 aastat 9 kuud)',
          'Tampere, Soome',
        ],
      },
    ],
    education: [
      edu('bachelor', 'Tampereen ammattikorkeakoulu · Tradenomi (AMK), liiketalous · (2005 - 2009)', {
        field: 'liiketalous',
        institution: 'Tampereen ammattikorkeakoulu',
        startYear: 2005,
        endYear: 2009,
      }),
      edu('keskharidus', 'Hervannan lukio · Ylioppilastutkinto (keskharidus) · (2001 - 2004)', {
        institution: 'Hervannan lukio',
        startYear: 2001,
        endYear: 2004,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('fi', 'native', 'Soome keel (Emakeel või kakskeelne)'),
      lang('et', 'C1', 'Eesti keel (Täielik tööalane keeleoskus)'),
      lang('en', 'C1', 'Inglise keel (Täielik tööalane keeleoskus)'),
      lang('sv', 'B2', 'Rootsi keel (Tööalane keeleoskus)'),
    ],
    skills: ['Kategooriajuhtimine', 'Läbirääkimised', 'Key Account Management'],
    closing: [{ kind: 'paragraph', text: 'Page 1 of 2' }],
    clientBase: { activeAccounts: 6, annualRevenueEur: 11_800_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation'],
  },
  {
    id: 'et-h16-06-wordi-mall-faktooring-pank-ettevotted',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tuhat Kuus',
    nameLine: 'CURRICULUM VITAE: Kandidaat Tuhat Kuus',
    email: 'k1006.tuhatkuus@example.org',
    phone: '+372 5140 8823',
    afterContact: [
      { kind: 'heading', text: 'Isikuandmed' },
      {
        kind: 'table',
        rows: [
          ['Sünniaeg', '22.01.1983'],
          ['Elukoht', 'Tallinn, Haabersti'],
          ['Perekonnaseis', 'abielus'],
        ],
      },
    ],
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Täienduskoolitus',
      certifications: 'Sertifikaadid',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Ettevõtete kliendihaldur faktooringu ja kaubanduse rahastamise alal, 14 aastat panganduses. Minu portfellis ' +
        'on 78 tootmis- ja hulgimüügiettevõtet üle Eesti; faktooringulimiitide kogumaht on 46 mln €. Portfelli ' +
        'intressi- ja teenustasutulu oli 2025. aastal ca 1,2 mln €. Tingimusi räägin läbi klientide finantsjuhtide ' +
        'ja juhatuse liikmetega, kes lepingu allkirjastavad.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Ettevõtete kliendihaldur (faktooring)',
        'Põhjala Pank AS',
        '2017-10',
        null,
        true,
        'oktoober 2017 – praegu',
        [
          'uute klientide leidmine koos ettevõtete panganduse meeskonnaga',
          'faktooringu- ja tarnijafinantseerimise tingimuste läbirääkimised',
          'limiitide ülevaatus ja krediidiotsuste ettevalmistus',
          'klientide maksekäitumise jälgimine',
        ],
        'Tallinn',
      ),
      job(
        'Krediidianalüütik',
        'Põhjala Pank AS',
        '2012-06',
        '2017-09',
        false,
        'juuni 2012 – september 2017',
        ['ettevõtete finantsanalüüs ja krediidiriskihinnangud', 'laenutaotluste ettevalmistus krediidikomiteele'],
        'Tallinn',
      ),
      job(
        'Raamatupidaja',
        'Balti Puit AS',
        '2008-08',
        '2012-05',
        false,
        'august 2008 – mai 2012',
        undefined,
        'Tallinn',
      ),
    ],
    education: [
      edu('magistrikraad', 'Tallinna Tehnikaülikool, rahandus ja raamatupidamine, magistrikraad, 2006–2008', {
        field: 'rahandus ja raamatupidamine',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2006,
        endYear: 2008,
      }),
      edu('bakalaureusekraad', 'Tallinna Tehnikaülikool, ärikorraldus, bakalaureusekraad, 2002–2006', {
        field: 'ärikorraldus',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2002,
        endYear: 2006,
      }),
    ],
    courses: [
      named(
        'Kaubanduse rahastamine ja akreditiivid',
        'Kaubanduse rahastamine ja akreditiivid – pangasisene akadeemia, 2019',
      ),
    ],
    certifications: [
      named('EFA (European Financial Advisor)', 'EFA (European Financial Advisor), EFPA Eesti, 2018 – kehtiv'),
    ],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('en', 'C1', 'inglise keel – väga hea'),
      lang('ru', 'B2', 'vene keel – hea'),
      lang('de', 'A2', 'saksa keel – algtase'),
    ],
    skills: ['Finantsanalüüs', 'Läbirääkimisoskus', 'Excel (edasijõudnud), Power BI'],
    clientBase: { activeAccounts: 78, annualRevenueEur: 1_200_000, segment: 'national', decisionMakers: true },
    competencies: ['financial_analysis', 'negotiation'],
  },
  {
    id: 'et-h16-07-lakooniline-tellingud-parnu-ei-portfelli',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Tuhat Seitse',
    email: 'tuhatseitse1007@example.com',
    phone: '5627 1140',
    contactLines: ['Pärnu'],
    headings: {
      work: 'Töö',
      workTable: ['Firma', 'Aeg', 'Töö'],
      education: 'Kool',
      certifications: 'Tunnistused',
      languages: 'Keeled',
      skills: 'Muu',
    },
    profile: [],
    jobStyle: 'table',
    workTableOrder: ['employer', 'period', 'title'],
    jobs: [
      job('Müügiesindaja', 'Tellingukeskus OÜ', '2019', null, true, '2019 – k.a.'),
      job('Laomees-autojuht', 'Tellingukeskus OÜ', '2015', '2019', false, '2015–2019'),
      job('Ehitustööline', 'Rakennus Virtanen Oy', '2010', '2015', false, '2010–2015 (Soome)'),
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Ajateenistus 2009–2010 (Kaitsevägi, Tapa)' }],
    education: [
      edu('keskharidus', 'Pärnu Ühisgümnaasium, 2009 (keskharidus)', {
        institution: 'Pärnu Ühisgümnaasium',
        endYear: 2009,
      }),
    ],
    courses: [],
    certifications: [named('Tellingute paigaldaja tunnistus', 'Tellingute paigaldaja tunnistus (2016)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('fi', 'B2', 'soome – hea'),
      lang('ru', 'A2', 'vene – algtase'),
      lang('en', 'A2', 'inglise – algtase'),
    ],
    skills: ['Juhiload B, C, E', 'Rendiprogramm, Excel'],
    clientBase: null,
    competencies: [],
  },
  {
    id: 'et-h16-08-pikk-kam-toidulisandid-apteegiketid-baltikum',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tuhat Kaheksa',
    email: 'tuhat.kaheksa.1008@example.net',
    phone: '+372 5012 6639',
    contactLines: ['Tallinn, Kadriorg', 'Sündinud 1980'],
    tagline: 'Key Account Manager Baltics – käsimüügiravimid ja toidulisandid',
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      courses: 'Koolitused',
      languages: 'Keeleoskus',
      skills: 'Tugevused',
    },
    profile: [
      'Proviisor, kes on 18 aastat töötanud ravimite ja tervisetoodete müügis. Olen Baltimaade võtmekliendijuht: ' +
        'vastutan 5 apteegiketi eest Eestis, Lätis ja Leedus (kokku ligikaudu 620 apteeki). Minu klientidele müüdi ' +
        '2025. aastal käsimüügiravimeid, toidulisandeid ja dermokosmeetikat 9,6 mln € eest.',
      'Aastaläbirääkimisi pean kettide ostujuhtide ja kategooriajuhtidega, kes otsustavad sortimendi. Juhin kolme ' +
        'riigi apteegiesindajate meeskonda (7 inimest); meie kategooria sell-out kasvas 2025. aastal 14%.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Key Account Manager Baltics',
        'Vitaforma Baltic OÜ',
        '2016-04',
        null,
        true,
        'aprill 2016 – praegu',
        [
          'aastalepingud, hinnatingimused ja kampaaniakalender viie ketiga',
          'uute toodete listimine ja planogrammid',
          'kettide apteekrite koolituskava koostamine',
          'apteegiesindajate meeskonna juhendamine (7 inimest kolmes riigis)',
          'sell-in ja sell-out andmete analüüs, müügiprognoosid',
          'tootjate (Saksamaa, Taani) turundusmeeskondadega kampaaniate kokkuleppimine',
          'kvartaalsed äriülevaated kettide juhtkonnaga',
        ],
        'Tallinn',
      ),
      job(
        'Brand Manager',
        'Vitaforma Baltic OÜ',
        '2013-01',
        '2016-03',
        false,
        'jaanuar 2013 – märts 2016',
        ['toidulisandite brändid Eestis ja Lätis, turundusplaan ja eelarve', 'apteekrite ja arstide infoseminarid'],
        'Tallinn',
      ),
      job(
        'Ravimiesindaja',
        'Medfarm Eesti AS',
        '2008-02',
        '2012-12',
        true,
        '02.2008 – 12.2012',
        [
          'apteegid ja perearstikeskused Tallinnas ja Harjumaal (ca 110 apteeki)',
          'käsimüügiravimite tutvustamine ja apteekide tellimused',
        ],
        'Tallinn',
      ),
      job('Proviisor', 'Südalinna Apteek OÜ', '2004-08', '2008-01', false, '08.2004 – 01.2008', undefined, 'Tallinn'),
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: 'Rasedus- ja lapsehoolduspuhkus: 03.2010 – 02.2011 (töösuhe Medfarm Eesti AS-iga jätkus).',
      },
    ],
    education: [
      edu('magistrikraad', 'Tartu Ülikool, proviisoriõpe (farmaatsia), magistrikraad (integreeritud õpe), 1999–2004', {
        field: 'farmaatsia',
        institution: 'Tartu Ülikool',
        startYear: 1999,
        endYear: 2004,
      }),
    ],
    courses: [
      named('Key Account Management', 'Key Account Management – Stockholm School of Economics Riga, 2017'),
      named('Kategooriajuhtimine apteegis', 'Kategooriajuhtimine apteegis, 2019'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('en', 'C1', 'inglise keel – C1'),
      lang('ru', 'C1', 'vene keel – C1'),
      lang('de', 'B1', 'saksa keel – B1'),
      lang('lv', 'A2', 'läti keel – A2'),
    ],
    skills: ['Läbirääkimisoskus', 'Meeskonna juhendamine', 'Analüüsivõime (Excel, IQVIA andmed)', 'Pingetaluvus'],
    closing: [{ kind: 'paragraph', text: 'Soovitused saadan küsimisel.' }],
    clientBase: { activeAccounts: 5, annualRevenueEur: 9_600_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'coaching', 'negotiation', 'stress_resistance'],
  },
  {
    id: 'et-h16-09-uus-europass-valgevene-erp-dollarid',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tuhat Üheksa',
    email: 'k1009.erp@example.com',
    phone: '(+372) 5381 2204',
    contactLines: ['Kodakondsus: Valgevene', 'Sünniaeg: 04/06/1988', 'Aadress: Tallinn, Eesti (Kodu)'],
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
      'ERP-lahenduste müügijuht. Minu kliendid on 42 tootmis- ja hulgimüügiettevõtet Eestis ja Lätis; lepingud ' +
        'allkirjastavad klientide tegevjuhid ja finantsjuhid. Litsentsi- ja hooldustasud arveldab USA tootja otse: ' +
        'minu klientide maksed olid 2025. aastal ca 1,2 mln USD. Enne müüki olin neli aastat juurutuskonsultant ja ' +
        'Minskis raamatupidaja.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Müügijuht (ERP-lahendused)', 'Arvutus Systems OÜ', '2021-02', null, true, '[ 01/02/2021 – Praegu ]'),
        lines: [
          '[ 01/02/2021 – Praegu ]',
          'Müügijuht (ERP-lahendused)',
          'Arvutus Systems OÜ',
          'Linn: Tallinn | Riik: Eesti',
        ],
        bullets: [
          'tootmisettevõtete vajaduste kaardistus ja demod',
          'pakkumised, lepingud ja juurutusprojektide eelarved',
          'olemasolevatele klientidele lisamoodulid ja kasutajalitsentsid',
        ],
      },
      {
        ...job('ERP konsultant', 'Arvutus Systems OÜ', '2017-01', '2021-01', false, '[ 09/01/2017 – 31/01/2021 ]'),
        lines: ['[ 09/01/2017 – 31/01/2021 ]', 'ERP konsultant', 'Arvutus Systems OÜ', 'Linn: Tallinn | Riik: Eesti'],
        bullets: ['juurutused ja kasutajakoolitused', 'finantsmoodulite seadistamine'],
      },
      {
        ...job('Raamatupidaja', 'OOO Tekhsnab', '2010-09', '2016-11', false, '[ 01/09/2010 – 30/11/2016 ]'),
        lines: ['[ 01/09/2010 – 30/11/2016 ]', 'Raamatupidaja', 'OOO Tekhsnab', 'Linn: Minsk | Riik: Valgevene'],
      },
    ],
    education: [
      edu(
        'bakalaureus',
        '[ 2005 – 2010 ] Valgevene Riiklik Majandusülikool – raamatupidamine ja audit, bakalaureus | EKR tase 6',
        {
          field: 'raamatupidamine ja audit',
          institution: 'Valgevene Riiklik Majandusülikool',
          startYear: 2005,
          endYear: 2010,
        },
      ),
    ],
    courses: [named('Eesti keele kursus B2', '[ 2017 – 2018 ] Eesti keele kursus B2, Integratsiooni Sihtasutus')],
    certifications: [
      named(
        'Microsoft Certified: Dynamics 365 Business Central Functional Consultant Associate',
        'Microsoft Certified: Dynamics 365 Business Central Functional Consultant Associate (2020)',
      ),
    ],
    languages: [
      lang('ru', 'native', ''),
      lang('be', 'native', ''),
      lang('et', 'B2', ''),
      lang('en', 'C1', ''),
      lang('pl', 'A2', ''),
    ],
    languageBlocks: [
      { kind: 'paragraph', text: 'Emakeel(ed): vene, valgevene' },
      { kind: 'paragraph', text: 'Muu(d) keel(ed):' },
      { kind: 'paragraph', text: 'eesti keel' },
      { kind: 'paragraph', text: 'KUULAMINE B2  LUGEMINE B2  KIRJUTAMINE B1  SUULINE SUHTLUS B2  SUULINE ESITUS B2' },
      { kind: 'paragraph', text: 'inglise keel' },
      { kind: 'paragraph', text: 'KUULAMINE C1  LUGEMINE C1  KIRJUTAMINE B2  SUULINE SUHTLUS C1  SUULINE ESITUS B2' },
      { kind: 'paragraph', text: 'poola keel' },
      { kind: 'paragraph', text: 'KUULAMINE A2  LUGEMINE B1  KIRJUTAMINE A1  SUULINE SUHTLUS A2  SUULINE ESITUS A2' },
    ],
    skills: ['Microsoft Dynamics 365 Business Central', 'Power BI', 'Pipedrive'],
    closing: [
      { kind: 'heading', text: 'LISAINFO' },
      { kind: 'paragraph', text: 'PMP – eksam planeeritud 2027. aasta kevadel.' },
      { kind: 'heading', text: 'JUHILOAD' },
      { kind: 'paragraph', text: 'Juhiluba: B' },
    ],
    clientBase: { activeAccounts: 42, segment: 'international', decisionMakers: true },
    competencies: [],
  },
  {
    id: 'et-h16-10-linkedin-tekst-soidukite-jalgimine-karjaaripaus',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tuhat Kümme',
    email: 'tuhat.kymme1010@example.org',
    phone: null,
    contactLines: ['linkedin.example.com/in/tuhat-kymme-1010'],
    tagline: 'Business Development Manager @ Teekaart Telematics | Sõidukite jälgimine ja IoT',
    afterContact: [{ kind: 'paragraph', text: 'Tartu, Tartumaa, Eesti · 312 kontakti' }],
    headings: {
      profile: 'Teave',
      work: 'Kogemus',
      education: 'Haridus',
      certifications: 'Litsentsid ja sertifikaadid',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Aitan transpordi- ja ehitusettevõtetel oma sõidukeid ja tehnikat jälgida. Minu portfellis on ca 130 ettevõtet ' +
        'üle Eesti, kokku ~3 400 sõidukit ja masinat; kuutasud kokku umbes 46 000 € kuus (ca 550 000 € aastas). ' +
        'Ostuotsuse teevad enamasti omanikud ise. Enne müüki töötasin neli aastat dispetšerina, nii et tean, mis ' +
        'tunne on kell kolm öösel veokijuhti otsida.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Business Development Manager',
          'Teekaart Telematics OÜ',
          '2023-05',
          null,
          true,
          'mai 2023 – praegu · 3 a 7 k',
        ),
        lines: [
          'Teekaart Telematics OÜ',
          'Täiskohaga · 5 a 3 k',
          'Business Development Manager',
          'mai 2023 – praegu · 3 a 7 k',
          'Tartu, Tartumaa, Eesti · Hübriidtöö',
        ],
        bullets: [
          'Uued kliendid transpordi-, ehitus- ja metsandussektoris; lepingute pikendamine ja lisaseadmed. 2026. ' +
            'aasta eesmärk: 25 000 € uut MRR-i.',
        ],
      },
      {
        ...job(
          'Inside Sales Representative',
          'Teekaart Telematics OÜ',
          '2021-09',
          '2023-04',
          true,
          'sept 2021 – apr 2023 · 1 a 8 k',
        ),
        lines: ['Inside Sales Representative', 'sept 2021 – apr 2023 · 1 a 8 k', 'Tartu, Eesti'],
        bullets: ['Telefonimüük väikestele veofirmadele, demod veebis.'],
      },
      {
        ...job('Dispetšer', 'Lõunaveod AS', '2016-04', '2020-06', false, 'apr 2016 – juuni 2020 · 4 a 3 k'),
        lines: ['Dispetšer', 'Lõunaveod AS · Täiskohaga', 'apr 2016 – juuni 2020 · 4 a 3 k', 'Tartu, Eesti'],
      },
    ],
    afterJobs: [
      { kind: 'paragraph', text: 'Karjääripaus' },
      { kind: 'paragraph', text: 'Reisimine · Austraalia ja Uus-Meremaa' },
      { kind: 'paragraph', text: 'juuli 2020 – aug 2021 · 1 a 2 k' },
      { kind: 'heading', text: 'Vabatahtlik töö' },
      { kind: 'paragraph', text: 'Noortetreener' },
      { kind: 'paragraph', text: 'Tartu Korvpalliklubi MTÜ' },
      { kind: 'paragraph', text: 'sept 2019 – praegu · 7 a 3 k' },
    ],
    education: [
      edu('rakenduskõrgharidus', 'Tallinna Tehnikakõrgkool · Rakenduskõrgharidus, logistika · 2012 – 2016', {
        field: 'logistika',
        institution: 'Tallinna Tehnikakõrgkool',
        startYear: 2012,
        endYear: 2016,
      }),
    ],
    courses: [],
    certifications: [
      named('Pipedrive Certified User', 'Pipedrive Certified User · Väljastaja: Pipedrive · märts 2022'),
    ],
    languages: [
      lang('et', 'native', 'Eesti keel · Emakeel või kakskeelne'),
      lang('en', 'C1', 'Inglise keel · Täielik tööalane keeleoskus'),
      lang('ru', 'B1', 'Vene keel · Piiratud tööalane keeleoskus'),
      lang('fi', 'A2', 'Soome keel · Algtaseme keeleoskus'),
    ],
    skills: ['Uue äri arendamine', 'Suhete loomine', 'Läbirääkimised', 'IoT'],
    clientBase: { activeAccounts: 130, annualRevenueEur: 550_000, segment: 'national', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building'],
  },
  {
    id: 'et-h16-11-proosa-ajakirjanikust-konverentsimuugini',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tuhat Üksteist',
    email: 'tuhat.yksteist.1011@example.com',
    phone: '+372 5299 0418',
    contactLines: ['Tallinn, Kalamaja'],
    headings: {
      profile: 'Paari sõnaga',
      work: 'Minu lugu',
      education: 'Õpingud',
      languages: 'Keeled',
      skills: 'Mida hästi oskan',
    },
    profile: [
      'Ajakirjanik, kellest sai müügiinimene. Müün rahvusvaheliste B2B-konverentside sponsorlusi ja messipindu.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'majandusajakirjanik',
          'Põhjaranniku Päevaleht AS',
          '2005-09',
          '2013-03',
          false,
          'septembrist 2005 kuni märtsini 2013',
        ),
        lines: [
          'Pärast ülikooli töötasin septembrist 2005 kuni märtsini 2013 majandusajakirjanikuna Põhjaranniku ' +
            'Päevaleht AS-is ja kirjutasin peamiselt logistikast ja ehitusest.',
        ],
      },
      {
        ...job(
          'reklaamimüügi juht',
          'Erialameedia OÜ',
          '2013-04',
          '2019-08',
          true,
          '2013. aasta aprillist 2019. aasta augustini',
        ),
        lines: [
          '2013. aasta aprillist 2019. aasta augustini olin Erialameedia OÜ-s reklaamimüügi juht: müüsin ehitus- ja ' +
            'logistikaajakirjade reklaami ning vastutasin umbes 150 reklaamiandja eest. 2015. aasta sügisest 2016. ' +
            'aasta suveni olin lapsehoolduspuhkusel ja naasin seejärel samale kohale.',
        ],
      },
      {
        ...job('kliendihaldur', 'Baltic Business Events OÜ', '2019-09', null, true, 'alates 2019. aasta septembrist'),
        lines: [
          'Alates 2019. aasta septembrist olen Baltic Business Events OÜ kliendihaldur. Müün meie kolme ' +
            'rahvusvahelise konverentsi (logistika, ehitus, energia) sponsorpakette ja messipindu. Minu kliente on ' +
            'ligi 60 – tootjad, teenusepakkujad ja erialaliidud Eestist, Soomest ja Lätist – ning nende tellimused ' +
            'kokku on umbes 780 000 € aastas. Enamasti räägin klientide turundusjuhtidega. Konverentse külastab ' +
            'aastas ca 4 500 inimest; 2020. aastal tegime need veebis.',
        ],
      },
    ],
    education: [
      edu('bakalaureusekraad', 'Tartu Ülikool, ajakirjandus ja kommunikatsioon, bakalaureusekraad (2001–2005)', {
        field: 'ajakirjandus ja kommunikatsioon',
        institution: 'Tartu Ülikool',
        startYear: 2001,
        endYear: 2005,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('et', 'native', ''), lang('en', 'C1', ''), lang('fi', 'B2', ''), lang('ru', 'B1', '')],
    languagesText: [
      'Eesti keel on emakeel. Inglise keeles töötan iga päev (C1), soome keelt räägin hästi, vene keel on ' +
        'suhtlustasemel.',
    ],
    skills: [
      'Kirjutan kiiresti ja selgelt',
      'Suhtevõrgustik Eesti logistika- ja ehitusettevõtetes',
      'Läbirääkimised sponsoritega',
    ],
    clientBase: { activeAccounts: 60, annualRevenueEur: 780_000, segment: 'international' },
    competencies: ['negotiation', 'relationship_building'],
  },
  {
    id: 'et-h16-12-funktsionaalne-liimid-tootjad-baltikum',
    format: 'docx',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Tuhat Kaksteist',
    email: 'kandidaat1012@example.net',
    phone: '+372 5554 7013',
    contactLines: ['Rapla', 'Juhiluba B'],
    afterContact: [
      { kind: 'heading', text: 'KOKKUVÕTE' },
      {
        kind: 'paragraph',
        text:
          'Tööstuslike liimide, tihendusmaterjalide ja kinnitustarvikute võtmekliendijuht. Minu kliendid on 22 ' +
          'mööbli-, akna- ja puitmajatootjat Eestis, Lätis ja Leedus; nende ostud minu kaudu olid 2025. aastal 5,4 ' +
          'mln €. Tarnija valivad klientide tootmis- ja ostujuhid, kellega suhtlen otse.',
      },
      { kind: 'heading', text: 'MÜÜGIOSKUS' },
      {
        kind: 'bullets',
        items: [
          '16 aastat tehnilist müüki tootmisettevõtetele',
          'tõin 2021–2025 juurde 7 uut võtmeklienti, sh kaks Leedu aknatootjat',
          'aastalepingud ja hinnamudelid, mis arvestavad tooraine hinnamuutusi',
        ],
      },
      { kind: 'heading', text: 'KOOSTÖÖ TOOTMISEGA' },
      {
        kind: 'bullets',
        items: [
          'liimisüsteemide katsetused klientide liinidel koos tootja tehnoloogidega',
          'reklamatsioonide lahendamine koos klientide kvaliteediosakonnaga',
        ],
      },
      { kind: 'heading', text: 'ANALÜÜS JA PLANEERIMINE' },
      {
        kind: 'bullets',
        items: ['klientide kulu- ja jäägiarvutused (Excel)', 'laovarude planeerimine koos ostuosakonnaga'],
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
      job(
        'Võtmekliendijuht',
        'Liimitehnika Baltic OÜ',
        '2015-08',
        null,
        true,
        'aug 2015 – praegu',
        undefined,
        'Tallinn',
      ),
      job(
        'Müügiinsener',
        'Kinnitusabi AS',
        '2010-03',
        '2015-07',
        true,
        'märts 2010 – juuli 2015',
        undefined,
        'Tallinn',
      ),
      job('Tehnoloog', 'Rapla Mööblivabrik AS', '2006', '2010-02', false, '2006 – veebr 2010', undefined, 'Rapla'),
    ],
    afterJobs: [{ kind: 'bullets', items: ['2005–2006: ajateenistus, Kaitsevägi (Võru)'] }],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Tallinna Tehnikaülikool, puidutehnoloogia, rakenduskõrgharidus (diplomiõpe), 2001–2005',
        { field: 'puidutehnoloogia', institution: 'Tallinna Tehnikaülikool', startYear: 2001, endYear: 2005 },
      ),
    ],
    courses: [
      named('Liimimise tehnoloogia tööstuses', 'Liimimise tehnoloogia tööstuses – tootja koolitus, Düsseldorf, 2016'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('ru', 'B2', 'vene – hea'),
      lang('lt', 'A2', 'leedu – algtase'),
    ],
    skills: ['MS Excel (edasijõudnud), SAP Business One', 'Pipedrive'],
    clientBase: { activeAccounts: 22, annualRevenueEur: 5_400_000, segment: 'international', decisionMakers: true },
    competencies: ['organisation', 'sales', 'teamwork'],
  },
  {
    id: 'et-h16-13-koolilopetaja-ehituspood-muuja-malev',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tuhat Kolmteist',
    email: 'tuhat.kolmteist.1013@example.com',
    phone: '+372 5871 2290',
    contactLines: ['Pärnu', 'Sündinud 2006'],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused ja huvid',
    },
    profile: [
      'Lõpetasin 2025. aasta kevadel gümnaasiumi ja töötan praegu ehituspoes müüjana. Tahan edasi liikuda ' +
        'ettevõtete müügi poole, näiteks kliendihalduri assistendiks. Õpin kiiresti ja mulle meeldib inimestega ' +
        'suhelda; meeskonnatöö on mulle loomulik, sest mängin võrkpalli.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Müüja-konsultant',
        'Ehitusmaailm Pärnu OÜ',
        '2025-07',
        null,
        true,
        '07.2025 – praegu',
        ['klientide nõustamine värvi- ja tööriistaosakonnas', 'kassa ja tellimuste vormistamine', 'kauba väljapanek'],
        'Pärnu',
      ),
      job('Müüja', 'Pärnu Rannakiosk OÜ', '2024', '2024', true, 'suvi 2024', ['jäätis, joogid, rannatarbed'], 'Pärnu'),
      job(
        'Malevlane',
        'Pärnu Noorte Suvemalev',
        '2022-06',
        '2022-06',
        false,
        'juuni 2022',
        ['heakorratööd linna parkides'],
        'Pärnu',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Muu tegevus' },
      {
        kind: 'bullets',
        items: [
          'Õpilasfirma „Puust ja Punaseks” (JA Eesti programm, 2023/2024) – müügijuht: müüsime jõululaatadel ' +
            'puidust lõikelaudu.',
          'Pärnu Noortekogu liige 2022–2025 (ürituste korraldamine).',
        ],
      },
    ],
    education: [
      edu('keskharidus', 'Pärnu Koidula Gümnaasium, keskharidus, 2022–2025', {
        institution: 'Pärnu Koidula Gümnaasium',
        startYear: 2022,
        endYear: 2025,
      }),
    ],
    courses: [named('Esmaabi koolitus (16 h)', 'Esmaabi koolitus (16 h), Punane Rist, 2024')],
    certifications: [],
    languages: [
      lang('et', 'native', 'Eesti keel – emakeel'),
      lang('en', 'B2', 'Inglise keel – B2 (riigieksam 2025)'),
      lang('ru', 'A2', 'Vene keel – A2'),
      lang('de', 'A1', 'Saksa keel – A1'),
    ],
    skills: ['Suhtlemisoskus', 'MS Office, Canva', 'Juhiluba B (2024)', 'Võrkpall, kitarr'],
    clientBase: null,
    competencies: ['communication', 'teamwork'],
  },
  {
    id: 'et-h16-14-kahe-veeruga-tervisekindlustus-tooandjad',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Kandidaat Tuhat Neliteist',
    email: 'k1014.kindlustus@example.org',
    phone: '+372 5350 6618',
    contactLines: ['Tallinn', 'linkedin.example.com/in/k1014'],
    tagline: 'Ärikliendihaldur | tervisekindlustus',
    headings: {
      contact: 'Kontakt',
      profile: 'Profiil',
      work: 'Kogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Sertifikaadid',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Müün ja haldan töötajate tervisekindlustust. Minu portfellis on ligikaudu 190 tööandjat üle Eesti (kokku ' +
        '11 000 kindlustatud töötajat); nende aastapreemia kokku on 2,9 mln €. Otsuse teevad personalijuhid ja ' +
        'juhatuse liikmed, kellega lepingud läbi räägin. Varem müüsin pangakontoris eraklientidele kindlustust.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Ärikliendihaldur',
        'Tervise Kindlustus AS',
        '2020-09',
        null,
        true,
        'sept 2020 – praegu',
        [
          'uued lepingud ja iga-aastased uuendused',
          'kindlustuskaitse ja omavastutuse kujundamine kliendi eelarve järgi',
          'töötajate infopäevad ja kahjustatistika ülevaated personalijuhtidele',
        ],
        'Tallinn',
      ),
      job(
        'Kindlustusnõustaja',
        'Läänemere Pank AS',
        '2015',
        '2020-08',
        true,
        '2015 I kv – 08.2020',
        ['kodu-, sõiduki- ja reisikindlustuse müük kontoris ja telefoni teel', 'kuu müügieesmärk 120 lepingut'],
        'Tallinn',
      ),
      job(
        'Klienditeenindaja',
        'Läänemere Pank AS',
        '2012-06',
        '2014-12',
        false,
        '06.2012 – 12.2014',
        undefined,
        'Tallinn',
      ),
    ],
    education: [
      edu('bakalaureusekraad', 'Tallinna Ülikool, rahvusvahelised suhted, bakalaureusekraad, 2009–2012', {
        field: 'rahvusvahelised suhted',
        institution: 'Tallinna Ülikool',
        startYear: 2009,
        endYear: 2012,
      }),
    ],
    courses: [named('Tervisekindlustuse tootekoolitus', 'Tervisekindlustuse tootekoolitus, Helsingi, 2021')],
    certifications: [named('Kindlustusspetsialist, tase 5', 'Kindlustusspetsialist, tase 5 (kutsetunnistus, 2019)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('ru', 'B2', 'vene – B2'),
      lang('fi', 'B1', 'soome – B1'),
    ],
    skills: ['Läbirääkimised', 'Kliendikesksus', 'Pingekindel', 'Salesforce, Excel'],
    closing: [
      { kind: 'heading', text: 'Hetkel õpin' },
      { kind: 'paragraph', text: 'EFP (European Financial Planner) – õpingud pooleli, eksam 2027.' },
    ],
    clientBase: { activeAccounts: 190, annualRevenueEur: 2_900_000, segment: 'national', decisionMakers: true },
    competencies: ['customer_focus', 'negotiation', 'stress_resistance'],
  },
  {
    id: 'et-h16-15-tabel-kulmaveod-poola-zlotid-kopli',
    format: 'txt',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Tuhat Viisteist',
    email: 'tuhat.viisteist1015@example.net',
    phone: '+372 5642 9351',
    contactLines: ['Tallinn, Kopli', 'Sünniaasta 1984'],
    headings: {
      profile: 'Lühitutvustus',
      work: 'Töökogemus',
      workTable: ['Aeg', 'Ametikoht', 'Ettevõte'],
      education: 'Haridus',
      languages: 'Keeled',
      skills: 'Arvuti ja muu',
    },
    profile: [
      'Külmavedude müügijuht. Minu klientideks on 38 toidutootjat ja hulgimüüjat Eestis, Lätis, Leedus ja Poolas. ' +
        '2025. aastal olid minu klientide veoarved kokku ca 4,7 mln €, sellest Poola klientidelt 3,1 mln PLN (ca ' +
        '0,73 mln €). Meie autoparki kuulub 85 külmhaagist, ettevõtte käive on 28 mln €. Vedude mahu üle ' +
        'otsustavad klientide logistikadirektorid, kellega sõlmin aastalepingud.',
    ],
    jobStyle: 'table',
    workTableOrder: ['period', 'title', 'employer'],
    jobs: [
      job('Müügijuht', 'Külmaveod Baltic OÜ', '2018-05', null, true, '2018 mai – praegu', [
        'uute klientide leidmine Poola ja Leedu toidutööstuses',
        'hinnapakkumised ja aastalepingud',
        'vedude kvaliteedi ülevaated klientidega',
      ]),
      job('Ekspedeerija', 'Külmaveod Baltic OÜ', '2013-09', '2018-04', false, '2013 sept – 2018 apr', [
        'vedude planeerimine ja dokumendid (CMR, ATP)',
      ]),
      job('Laotöötaja', 'Kopli Külmladu AS', '2008', '2013', false, '2008–2013'),
    ],
    education: [
      edu('rakenduskõrgharidus', 'Tallinna Tehnikakõrgkool, logistika, rakenduskõrgharidus (kaugõpe), 2010–2014', {
        field: 'logistika',
        institution: 'Tallinna Tehnikakõrgkool',
        startYear: 2010,
        endYear: 2014,
      }),
      edu('kutseharidus', 'Tallinna Lasnamäe Mehaanikakool, laomajandus, kutseharidus, 2002–2004', {
        field: 'laomajandus',
        institution: 'Tallinna Lasnamäe Mehaanikakool',
        startYear: 2002,
        endYear: 2004,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('ru', 'native', ''),
      lang('et', 'B2', ''),
      lang('en', 'B2', ''),
      lang('pl', 'A2', ''),
      lang('lt', 'A1', ''),
    ],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Keel', 'Tase'],
        rows: [
          ['vene', 'emakeel'],
          ['eesti', 'B2'],
          ['inglise', 'B2'],
          ['poola', 'A2'],
          ['leedu', 'A1'],
        ],
      },
    ],
    skills: ['Transporeon, TimoCom, Excel', 'Juhiload B, C'],
    clientBase: { activeAccounts: 38, annualRevenueEur: 4_700_000, segment: 'international', decisionMakers: true },
    competencies: ['organisation'],
  },
  {
    id: 'et-h16-16-metsaistikud-metsaomanikud-ajateenistus-bullets',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Tuhat Kuusteist',
    email: 'tuhat.kuusteist.1016@example.com',
    phone: '+372 5367 4418',
    contactLines: ['Võrumaa, Rõuge vald'],
    headings: {
      profile: 'Kes ma olen',
      work: 'Tööd',
      education: 'Kool',
      certifications: 'Tunnistused',
      languages: 'Keeled',
      skills: 'Oskan',
    },
    profile: [
      'Metsamees, kes müüb. Vastutan taimla istikute ja metsauuendusteenuse müügi eest Lõuna-Eestis: minu kliente on ' +
        '85 (metsafirmad, metsaühistud ja suuremad erametsaomanikud). 2025. aastal ostsid nad istikuid ja ' +
        'istutustöid kokku ca 1,1 mln € eest, kokku 5,8 mln istikut. Lepingud teen otse omanike ja metsaülematega.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job('Müügijuht', 'Haanja Taimla OÜ', '2019-02', null, true, 'veebruar 2019 – praegu', [
        'Tellimused ja lepingud metsaomanikega',
        'Istutusbrigaadide töö planeerimine kevadel ja sügisel',
        'Metsapäevad ja messid',
      ]),
      job('Metsakorraldaja', 'Metsaplaan OÜ', '2013-05', '2019-01', false, 'mai 2013 – jaanuar 2019', [
        'Metsainventuurid ja metsamajandamiskavad erametsaomanikele',
      ]),
      job('Istutusbrigaadi juht', 'Haanja Taimla OÜ', '2010', '2012', false, 'kevaded ja sügised 2010–2012', [
        'Hooajatöö õpingute kõrvalt, 6–8 istutajat',
      ]),
    ],
    afterJobs: [{ kind: 'bullets', items: ['2008–2009: Ajateenistus, Kaitsevägi, Kuperjanovi jalaväepataljon'] }],
    education: [
      edu('bakalaureus', 'Eesti Maaülikool, metsandus, bakalaureus, 2009–2012', {
        field: 'metsandus',
        institution: 'Eesti Maaülikool',
        startYear: 2009,
        endYear: 2012,
      }),
      edu('keskharidus', 'Võru Kreutzwaldi Gümnaasium, keskharidus, 2008', {
        institution: 'Võru Kreutzwaldi Gümnaasium',
        endYear: 2008,
      }),
    ],
    courses: [],
    certifications: [named('Metsaspetsialist, tase 6', 'Metsaspetsialist, tase 6 (kutsetunnistus, 2016)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B1', 'inglise – suhtlustasemel'),
      lang('fi', 'B1', 'soome – suhtlustasemel'),
      lang('ru', 'A2', 'vene – algtase'),
    ],
    skills: ['Juhiload B, BE, T', 'MS Excel, QGIS', 'Metsandusalane suhtevõrgustik Lõuna-Eestis'],
    closing: [
      {
        kind: 'paragraph',
        text: 'Taimekaitsevahendite professionaalse kasutaja tunnistus aegus 2025. aastal, uuendan selle talvel.',
      },
    ],
    clientBase: { activeAccounts: 85, annualRevenueEur: 1_100_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['organisation', 'relationship_building'],
  },
  {
    id: 'et-h16-17-kahe-veeruga-statistikast-uuringute-kliendijuht',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Tuhat Seitseteist',
    email: 'k1017@example.com',
    phone: '+372 5905 3316',
    contactLines: ['Tartu / Tallinn'],
    tagline: 'Kliendijuht · turu- ja arvamusuuringud',
    headings: {
      contact: 'KONTAKT',
      profile: 'MINUST',
      work: 'TÖÖ',
      education: 'HARIDUS',
      courses: 'KOOLITUSED',
      skills: 'TUGEVUSED',
      languages: 'KEELED',
    },
    profile: [
      'Tulin avalikust sektorist: seitse aastat Statistikaametis andsid kindla käe andmetega. Nüüd müün ja juhin ' +
        'uuringuprojekte. Minu püsikliente on 25 – pangad, telekomid, jaeketid ja kindlustusseltsid üle Eesti; ' +
        'nende tellimused olid 2025. aastal kokku ~950 000 €. Suhtlen peamiselt klientide turundus- ja ' +
        'analüüsijuhtidega.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Kliendijuht',
        'Uuringukoda OÜ',
        '2022-03',
        null,
        true,
        '03.2022 – praegu',
        [
          'uuringuvajaduse kaardistus ja pakkumised',
          'püsiklientide aastalepingud (brändi- ja kliendirahulolu-uuringud)',
          'uute klientide leidmine',
          'tulemuste esitlused klientide juhtkonnale',
        ],
        'Tallinn',
      ),
      job(
        'Uuringujuht',
        'Uuringukoda OÜ',
        '2020-01',
        '2022-02',
        false,
        '01.2020 – 02.2022',
        ['küsitlusuuringute disain, valimid ja aruanded'],
        'Tallinn',
      ),
      job(
        'Lektor',
        'Tartu Ülikool',
        '2020',
        null,
        false,
        '2020 sügis – praegu (tunnitasuline)',
        ['andmeanalüüsi seminarid õhtuõppes'],
        'Tartu',
      ),
      job('Analüütik', 'Statistikaamet', '2012-08', '2019', false, '08.2012 – 2019. a lõpuni', undefined, 'Tartu'),
    ],
    education: [
      edu('magistrikraad', 'Tartu Ülikool, matemaatiline statistika, magistrikraad, 2010–2012', {
        field: 'matemaatiline statistika',
        institution: 'Tartu Ülikool',
        startYear: 2010,
        endYear: 2012,
      }),
      edu('bakalaureusekraad', 'Tartu Ülikool, matemaatika, bakalaureusekraad, 2007–2010', {
        field: 'matemaatika',
        institution: 'Tartu Ülikool',
        startYear: 2007,
        endYear: 2010,
      }),
    ],
    courses: [named('Konsultatiivne müük', 'Konsultatiivne müük – Müügikool, 2022')],
    certifications: [],
    languages: [
      lang('et', 'native', 'Eesti – emakeel'),
      lang('en', 'C1', 'Inglise – C1'),
      lang('ru', 'B1', 'Vene – B1'),
      lang('fr', 'A2', 'Prantsuse – A2'),
    ],
    skills: ['Analüütiline', 'SPSS, R, Power BI', 'Esitlused ja esinemine'],
    clientBase: { activeAccounts: 25, annualRevenueEur: 950_000, segment: 'national' },
    competencies: ['analytical'],
  },
  {
    id: 'et-h16-18-sildid-bussireisid-tellijad-paide',
    format: 'txt',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Tuhat Kaheksateist',
    email: 'tuhat.kaheksateist.1018@example.org',
    phone: '+372 5840 1182',
    contactLines: ['Paide, Järvamaa'],
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töökogemus',
      education: 'Haridus',
      languages: 'Keeled',
      skills: 'Isikuomadused',
    },
    profile: [
      'Bussireiside ja tellimusvedude müügijuht. Minu tellijaid on ligi 200 – ettevõtted, spordiklubid, ' +
        'kultuurikollektiivid ja reisibürood üle Eesti; nende tellimused tõid 2025. aastal ca 1,6 mln € käivet. ' +
        'Ettevõttel on 42 bussi. Varem töötasin hotellinduses, sh hindade ja täituvuse eest vastutajana.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Aeg', title: 'Ametinimetus', employer: 'Tööandja', duties: 'Ülesanded' },
    jobs: [
      job(
        'Tellimusvedude müügijuht',
        'Kesk-Eesti Bussid AS',
        '2021-03',
        null,
        true,
        '1. märts 2021 – praegu',
        [
          'pakkumised ja lepingud reisibüroodele ja ettevõtetele',
          'bussigraafiku koostamine koos dispetšeriga',
          'suurürituste (laulupidu, spordivõistlused) transpordiplaanid',
        ],
        'Paide',
      ),
      job(
        'Revenue Manager',
        'Järva Spa Hotell OÜ',
        '2017-05',
        '2021-02',
        false,
        '15. mai 2017 – 28. veebruar 2021',
        ['tubade hinnastamine ja kanalihaldus', 'täituvuse prognoosid ja aruanded juhatusele'],
        'Paide',
      ),
      job(
        'Vastuvõtu administraator',
        'Järva Spa Hotell OÜ',
        '2013-06',
        '2017-05',
        false,
        '2013 juuni – 2017 mai',
        ['majutuse broneeringud ja külastajate vastuvõtt'],
        'Paide',
      ),
    ],
    afterJobs: [
      { kind: 'paragraph', text: 'Lapsehoolduspuhkusel olin 2015. aasta septembrist 2016. aasta augustini.' },
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Tartu Ülikooli Pärnu kolledž, turismiettevõtlus ja hotellikorraldus, rakenduskõrgharidus, 2009–2013',
        {
          field: 'turismiettevõtlus ja hotellikorraldus',
          institution: 'Tartu Ülikooli Pärnu kolledž',
          startYear: 2009,
          endYear: 2013,
        },
      ),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('en', 'C1', 'inglise keel – väga hea'),
      lang('fi', 'B2', 'soome keel – hea'),
      lang('ru', 'B1', 'vene keel – suhtlustasemel'),
      lang('de', 'A2', 'saksa keel – algtase'),
    ],
    skills: ['Kliendikeskne', 'Planeerimine ja organiseerimine', 'Excel, Opera PMS'],
    clientBase: { activeAccounts: 200, annualRevenueEur: 1_600_000, segment: 'national' },
    competencies: ['customer_focus', 'organisation'],
  },
  {
    id: 'et-h16-19-puhastusmasinad-muugiesindaja-vana-portfell',
    format: 'pdf',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Tuhat Üheksateist',
    email: 'tuhat.yheksateist.1019@example.net',
    phone: '+372 5122 0687',
    contactLines: ['Saku, Harjumaa'],
    headings: {
      profile: 'Tutvustus',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Kursused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Müün professionaalseid puhastusmasinaid ja hoian kliendisuhteid puhastusfirmade, kaubanduskeskuste ja ' +
        'tööstusettevõtetega. Praegu on minu hallata umbes 95 klienti Harjumaal ja Lääne-Virumaal; nende masinate, ' +
        'varuosade ja hoolduslepingute arved on kokku ~1,9 mln € aastas. Ostuotsuse teevad tavaliselt ' +
        'puhastusfirmade omanikud.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Müügiesindaja', 'Puhastustehnika OÜ', '2020-07', null, true, 'alates juulist 2020'),
        lines: ['Müügiesindaja — Puhastustehnika OÜ (Tallinn), alates juulist 2020'],
        bullets: ['Masinate demod kliendi juures', 'Rendi- ja liisingupakkumised', 'Hoolduslepingute pikendamine'],
      },
      {
        ...job('Müügikonsultant', 'Profipuhastus AS', '2016-03', '2020-06', true, 'märts 2016 – juuni 2020'),
        lines: ['Müügikonsultant — Profipuhastus AS, märts 2016 – juuni 2020'],
        bullets: ['Puhastusainete müük hotellidele ja toitlustajatele, Tallinnas ca 140 klienti'],
      },
      {
        ...job('Müüja', 'Elektroonikamaailm OÜ', '2012-09', '2016-02', true, '09.2012–02.2016'),
        lines: ['Müüja — Elektroonikamaailm OÜ, Ülemiste keskus, 09.2012–02.2016'],
      },
    ],
    education: [
      edu('kutseharidus', 'Tallinna Teeninduskool, kaubandus, kutseharidus, 2010–2012', {
        field: 'kaubandus',
        institution: 'Tallinna Teeninduskool',
        startYear: 2010,
        endYear: 2012,
      }),
    ],
    courses: [
      named(
        'Tootjapoolne tehniline koolitus (puhastusmasinad)',
        'Tootjapoolne tehniline koolitus (puhastusmasinad), Taani, 2021',
      ),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'Eesti keel – emakeel'),
      lang('en', 'B2', 'Inglise keel – hea'),
      lang('ru', 'B2', 'Vene keel – hea'),
      lang('fi', 'A2', 'Soome keel – algtase'),
    ],
    skills: ['Pingetaluvus', 'Müügioskus', 'Juhiload B ja BE', 'Directo, Excel'],
    clientBase: { activeAccounts: 95, annualRevenueEur: 1_900_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['sales', 'stress_resistance'],
  },
  {
    id: 'et-h16-20-kahe-veeruga-tolkeburoo-norra-vaheaeg',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Tuhat Kakskümmend',
    email: 'kandidaat.tuhatkakskymmend.1020@example.org',
    phone: '+372 5566 1038',
    contactLines: ['Tallinn, Nõmme'],
    headings: {
      contact: 'Kontaktid',
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      skills: 'Oskused',
      languages: 'Keeled',
    },
    profile: [
      'Tõlkebüroo kliendihaldur, kes tuli 2023. aastal pärast viit aastat Norras tagasi Eestisse. Minu hallata on ' +
        '48 ärikliendi tõlke- ja lokaliseerimistellimused – enamasti Tallinna advokaadibürood, IT- ja ' +
        'tehnikafirmad. Nende tellimused on kokku ca 420 000 € aastas. Büroo töötab 120 vabakutselise tõlkijaga.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Kliendihaldur',
        'Sõnasild Tõlkebüroo OÜ',
        '2023-04',
        null,
        true,
        'aprill 2023 – praegu',
        [
          'hinnapakkumised ja raamlepingud',
          'uute ärikliendide leidmine',
          'projektide eelarvestamine ja tähtaegade planeerimine',
        ],
        'Tallinn',
      ),
      {
        ...job('kassapidaja', 'Nærbutikk Stavanger AS', '2019-09', '2022-12', false, '09.2019 – 12.2022'),
        lines: ['Norras töötasin 09.2019 – 12.2022 osalise tööajaga kassapidajana Nærbutikk Stavanger AS-is.'],
      },
      job(
        'Projektijuht',
        'Sõnasild Tõlkebüroo OÜ',
        '2012-08',
        '2018-05',
        false,
        '08.2012 – 05.2018',
        ['tõlkeprojektide juhtimine ja tõlkijate valik', 'kvaliteedikontroll ja klientide tagasiside'],
        'Tallinn',
      ),
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: 'Juuni 2018 – august 2019: kodune lapsega Stavangeris, norra keele kursused.',
      },
    ],
    education: [
      edu('magistrikraad', 'Tartu Ülikool, tõlkeõpe (inglise-eesti), magistrikraad, 2010–2012', {
        field: 'tõlkeõpe',
        institution: 'Tartu Ülikool',
        startYear: 2010,
        endYear: 2012,
      }),
      edu('bakalaureusekraad', 'Tartu Ülikool, inglise filoloogia, bakalaureusekraad, 2007–2010', {
        field: 'inglise filoloogia',
        institution: 'Tartu Ülikool',
        startYear: 2007,
        endYear: 2010,
      }),
    ],
    courses: [named('Norra keel B1', 'Norra keel B1, Folkeuniversitetet Stavanger, 2019')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C2', 'inglise – C2'),
      lang('no', 'B2', 'norra – B2'),
      lang('ru', 'B1', 'vene – B1'),
      lang('fi', 'A2', 'soome – A2'),
    ],
    skills: ['memoQ, Trados', 'Organiseerimisoskus', 'Koostöö tõlkijate võrgustikuga'],
    clientBase: { activeAccounts: 48, annualRevenueEur: 420_000, segment: 'regional_smb' },
    competencies: ['organisation', 'teamwork'],
  },
  {
    id: 'et-h16-21-cvonline-elektritarvikud-paigaldajad-tartu',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tuhat Kakskümmend Üks',
    email: 'tuhat21.k1021@example.com',
    phone: '+372 5378 2244',
    contactLines: ['Tartu, Tartumaa'],
    tagline: 'Soovitud ametikoht: müügiesindaja / võtmekliendihaldur',
    headings: {
      profile: 'Minust lühidalt',
      work: 'Töökogemus',
      education: 'Haridus',
      certifications: 'Tunnistused',
      languages: 'Keeleoskus',
      skills: 'Oskused',
    },
    profile: [
      'Elektritarvikute müügiesindaja. Minu kliendid on ca 160 elektritööde firmat ja paigaldajat Tartus ja ' +
        'Lõuna-Eestis. Meie Lõuna-Eesti müügiosakonna käive on 14 mln € aastas. Tean toodet, sest olen ise ' +
        'elektrik. Olen pingekindel ja kliendikeskne.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Müügiesindaja', 'Voolutarvik AS', '2018-10', null, true, 'oktoober 2018 – praegu · 8 a 1 k'),
        lines: [
          'Ametikoht: Müügiesindaja',
          'Ettevõte: Voolutarvik AS',
          'Tööperiood: oktoober 2018 – praegu · 8 a 1 k',
          'Asukoht: Tartu',
        ],
        bullets: [
          'elektritööde firmade ja paigaldajate külastused objektidel',
          'projektide hinnapakkumised (valgustus, kaablid, kilbid)',
          'uute toodete tutvustused ja koolituspäevad paigaldajatele',
        ],
      },
      {
        ...job('Letimüüja', 'Voolutarvik AS', '2015-04', '2018-09', true, 'aprill 2015 – september 2018 · 3 a 6 k'),
        lines: [
          'Ametikoht: Letimüüja',
          'Ettevõte: Voolutarvik AS',
          'Tööperiood: aprill 2015 – september 2018 · 3 a 6 k',
          'Asukoht: Tartu',
        ],
        bullets: ['paigaldajate teenindamine kaupluse letis, tellimused ja kaubakomplektid'],
      },
      {
        ...job('Elektrik', 'Tartu Elektritööd OÜ', '2009-06', '2015-03', false, 'juuni 2009 – märts 2015 · 5 a 10 k'),
        lines: [
          'Ametikoht: Elektrik',
          'Ettevõte: Tartu Elektritööd OÜ',
          'Tööperiood: juuni 2009 – märts 2015 · 5 a 10 k',
          'Asukoht: Tartu',
        ],
      },
    ],
    afterJobs: [
      { kind: 'paragraph', text: 'Ametikoht: Ajateenija' },
      { kind: 'paragraph', text: 'Ettevõte: Kaitsevägi' },
      { kind: 'paragraph', text: 'Tööperiood: juuli 2008 – juuni 2009' },
    ],
    education: [
      edu('kutseharidus', 'Tartu Kutsehariduskeskus, elektrik, kutseharidus (tase 4), 2005–2008', {
        field: 'elektrik',
        institution: 'Tartu Kutsehariduskeskus',
        startYear: 2005,
        endYear: 2008,
      }),
    ],
    courses: [],
    certifications: [named('Elektrik, tase 4', 'Kutsetunnistus: Elektrik, tase 4 (2008)')],
    languages: [
      lang('et', 'native', 'Eesti keel – emakeel'),
      lang('ru', 'B1', 'Vene keel – suhtlustasemel'),
      lang('en', 'B2', 'Inglise keel – hea'),
    ],
    skills: ['Pingekindel', 'Kliendikeskne', 'Juhiload B, C', 'Directo, Excel'],
    closing: [
      { kind: 'heading', text: 'Lisainfo' },
      { kind: 'paragraph', text: 'Elektritööde juhi pädevustunnistus – kehtivus lõppes 2020, ei ole uuendanud.' },
    ],
    clientBase: { activeAccounts: 160, segment: 'regional_smb' },
    competencies: ['customer_focus', 'stress_resistance'],
  },
  {
    id: 'et-h16-22-telemuuk-kodud-elekter-mustamae-ei-portfelli',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Tuhat Kakskümmend Kaks',
    email: 'k1022.mustamae@example.net',
    phone: '+372 5849 6630',
    contactLines: ['Tallinn, Mustamäe'],
    headings: {
      profile: 'Minust',
      work: 'Kogemus',
      education: 'Haridus',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen 23-aastane, õpin kaugõppes ärikorraldust ja töötan telemüügis. Müün kodutarbijatele elektrilepinguid: ' +
        'keskmiselt 14 lepingut päevas, kuu eesmärk on 260 lepingut ja olen selle täitnud 18 kuul 22-st. Soovin ' +
        'edasi liikuda ettevõtete kliendihalduri rolli.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job('Telemüüja', 'Kodu Energia OÜ', '2025-01', null, true, '01.2025 – praegu', [
        'Väljaminevad kõned eraklientidele',
        'Lepingute vormistamine ja kvaliteedikõned',
      ]),
      job('Klienditeenindaja', 'Kodu Energia OÜ', '2024-03', '2024-12', false, '03.2024 – 12.2024', [
        'Sissetulevad kõned ja e-kirjad vene ja eesti keeles',
      ]),
      job('Kassapidaja', 'Mustamäe Toidupood OÜ', '2021', '2024-02', false, 'suvi 2021 – veebruar 2024', [
        'Kassa ja kauba väljapanek, 2022–2024 õpingute kõrvalt osalise koormusega',
      ]),
    ],
    education: [
      edu('keskharidus', 'Tallinna Mustamäe Humanitaargümnaasium, keskharidus, 2021', {
        institution: 'Tallinna Mustamäe Humanitaargümnaasium',
        endYear: 2021,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('ru', 'native', ''), lang('et', 'C1', ''), lang('en', 'B2', '')],
    languagesText: ['Vene keel – emakeel. Eesti keel – C1 (riigieksam 2021). Inglise keel – B2.'],
    skills: ['Suhtlemisoskus', 'Pingekindel', 'CRM: Salesforce'],
    closing: [
      { kind: 'heading', text: 'Õpingud käimas' },
      { kind: 'paragraph', text: 'Tallinna Tehnikaülikool, ärikorraldus (kaugõpe), 2023 – …, lõpetan 2027.' },
    ],
    clientBase: null,
    competencies: ['communication', 'stress_resistance'],
  },
  {
    id: 'et-h16-23-vana-europass-pikaajaline-autorent-ettevotted',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Tuhat Kakskümmend Kolm',
    nameLine: 'Europass Elulookirjeldus',
    email: 'k1023.autorent@example.com',
    phone: '+372 5203 1187',
    contactLines: ['Aadress: Tallinn, Eesti'],
    afterContact: [
      { kind: 'heading', text: 'ISIKUANDMED' },
      {
        kind: 'table',
        rows: [
          ['Ees- ja perekonnanimi', 'Kandidaat Tuhat Kakskümmend Kolm'],
          ['Kodakondsus', 'eesti'],
          ['Sünniaeg', '11.02.1986'],
          ['Sugu', 'naine'],
        ],
      },
      { kind: 'heading', text: 'Soovitud töökoht / tegevusala' },
      { kind: 'paragraph', text: 'Ärikliendihaldur / võtmekliendihaldur' },
    ],
    headings: {
      work: 'Töökogemus',
      education: 'Haridus ja koolitus',
      languages: 'Keeleoskus',
      skills: 'Sotsiaalsed oskused ja pädevused',
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
        'Ärikliendihaldur (pikaajaline rent)',
        'Rendiauto Baltic AS',
        '2015-03',
        null,
        true,
        'märts 2015 →',
        [
          'pikaajalise rendi pakkumised ja lepingud ettevõtetele',
          'autopargi uuendamise plaanid koos klientidega',
          'ligi 70 ärikliendi haldamine (kokku ~480 autot), kliendid peamiselt Tallinnas ja Tartus',
          'rendiarved minu klientidele ca 2,6 mln € aastas',
          'läbirääkimised klientide tegevjuhtide ja finantsjuhtidega, kes lepingud allkirjastavad',
        ],
        'Tallinn',
      ),
      job(
        'Müügikonsultant',
        'Autokeskus Ülemiste OÜ',
        '2010-01',
        '2015-02',
        true,
        'jaanuar 2010 – veebruar 2015',
        ['uute ja kasutatud autode müük eraisikutele', 'liisingu- ja kindlustuspakkumised'],
        'Tallinn',
      ),
      job(
        'Teenindusnõustaja',
        'Autokeskus Ülemiste OÜ',
        '2007-09',
        '2009-12',
        false,
        'september 2007 – detsember 2009',
        ['hooldustööde vastuvõtt ja arveldamine'],
        'Tallinn',
      ),
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Kuupäevad: 2004–2008 | Omandatud kvalifikatsioon: rakenduskõrgharidus, ärikorraldus | Organisatsioon: ' +
          'Eesti Ettevõtluskõrgkool Mainor',
        { field: 'ärikorraldus', institution: 'Eesti Ettevõtluskõrgkool Mainor', startYear: 2004, endYear: 2008 },
      ),
    ],
    courses: [],
    certifications: [],
    languages: [lang('et', 'native', ''), lang('en', 'B2', ''), lang('ru', 'B2', ''), lang('fi', 'A1', '')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Emakeel: eesti' },
      { kind: 'paragraph', text: 'Muud keeled – enesehinnang, Euroopa tase (*)' },
      {
        kind: 'table',
        header: ['', 'Kuulamine', 'Lugemine', 'Suuline suhtlus', 'Suuline esitus', 'Kirjutamine'],
        rows: [
          [
            'Inglise keel',
            'B2 Iseseisev keelekasutaja',
            'C1 Vilunud keelekasutaja',
            'B2 Iseseisev keelekasutaja',
            'B2 Iseseisev keelekasutaja',
            'B2 Iseseisev keelekasutaja',
          ],
          [
            'Vene keel',
            'B2 Iseseisev keelekasutaja',
            'B2 Iseseisev keelekasutaja',
            'B2 Iseseisev keelekasutaja',
            'B1 Iseseisev keelekasutaja',
            'B1 Iseseisev keelekasutaja',
          ],
          [
            'Soome keel',
            'A2 Algtasemel keelekasutaja',
            'A2 Algtasemel keelekasutaja',
            'A1 Algtasemel keelekasutaja',
            'A1 Algtasemel keelekasutaja',
            'A1 Algtasemel keelekasutaja',
          ],
        ],
      },
      { kind: 'paragraph', text: '(*) Euroopa keeleoskuse raamdokumendi tasemed' },
    ],
    skills: ['Hea suhtlemisoskus, mille olen omandanud 19 aasta jooksul klienditöös'],
    closing: [
      { kind: 'heading', text: 'Juhiluba' },
      { kind: 'paragraph', text: 'B' },
    ],
    clientBase: { activeAccounts: 70, annualRevenueEur: 2_600_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'negotiation'],
  },
  {
    id: 'et-h16-24-kahe-veeruga-podcastid-reklaamimuuk',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Tuhat Kakskümmend Neli',
    email: 'tuhat.kakskymmend.neli.1024@example.com',
    phone: '+372 5744 9021',
    contactLines: ['Tallinn'],
    tagline: 'REKLAAMIMÜÜK · AUDIO JA PODCASTID',
    headings: {
      contact: 'KONTAKT',
      profile: 'PROFIIL',
      work: 'KOGEMUS',
      education: 'HARIDUS',
      skills: 'OSKUSED',
      languages: 'KEELED',
    },
    profile: [
      'Müün audioreklaami podcastidesse ja voogedastusse. Minu hallata on 32 meediaagentuuri ja otseklienti üle ' +
        'Eesti; nende reklaamitellimused on kokku ~1,25 mln € aastas. Meie võrgustikus on 60 podcasti ja 2 ' +
        'raadiojaama, kuus 300 000 kuulajat. Minu kuu müügieesmärk on 110 000 €. Olen loov ja kiire.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Reklaamimüügi kliendihaldur',
        'Kuuldav Meedia OÜ',
        '2023-01',
        null,
        true,
        'jaan 2023 – nüüd',
        [
          'kampaaniapakkumised agentuuridele ja otseklientidele',
          'podcastide sponsorluspaketid',
          'kampaaniate tulemusaruanded',
        ],
        'Tallinn',
      ),
      job(
        'Sotsiaalmeedia spetsialist',
        'Kuuldav Meedia OÜ',
        '2021-06',
        '2022-12',
        false,
        'juuni 2021 – dets 2022',
        ['podcastide sotsiaalmeedia kanalid ja kampaaniad'],
        'Tallinn',
      ),
      job(
        'Raadiosaate toimetaja',
        'Linnaraadio OÜ',
        '2018-09',
        '2021',
        false,
        'sept 2018 – 2021 kevad',
        ['hommikuprogrammi toimetamine ja külaliste kutsumine'],
        'Tallinn',
      ),
    ],
    education: [
      edu('ba', 'Tallinna Ülikool, Balti Filmi, Meedia ja Kunstide Instituut – meedia, BA, 2015–2018', {
        field: 'meedia',
        institution: 'Tallinna Ülikool',
        startYear: 2015,
        endYear: 2018,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', 'Eesti — emakeel'),
      lang('en', 'C1', 'Inglise — C1'),
      lang('ru', 'A2', 'Vene — A2'),
    ],
    skills: ['Loov', 'Suhtlemisoskus', 'Google Ads, Meta Ads Manager', 'Audacity, Adobe Audition'],
    clientBase: { activeAccounts: 32, annualRevenueEur: 1_250_000, segment: 'national' },
    competencies: ['communication', 'innovation'],
  },
  {
    id: 'et-h16-25-tabel-keevitusmaterjalid-kohtla-jarve-1996',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Tuhat Kakskümmend Viis',
    email: 'k1025.keevitus@example.org',
    phone: '+372 5331 7702',
    contactLines: ['Kohtla-Järve, Ida-Virumaa'],
    headings: {
      profile: 'Lühidalt',
      work: 'Töökäik',
      workTable: ['Amet', 'Firma', 'Ajavahemik'],
      education: 'Haridus',
      certifications: 'Sertifikaadid',
      languages: 'Keeled',
      skills: 'Muu',
    },
    profile: [
      'Keevitaja taustaga müügiinsener. Müün keevitusmaterjale, -seadmeid ja isikukaitsevahendeid metallitöökodadele ' +
        'Ida- ja Lääne-Virumaal. Praegu on mul ligi 110 püsiklienti; nende ostud minu kaudu olid 2025. aastal ca ' +
        '1,7 mln €. Õpetan klientide keevitajaid uusi seadmeid kasutama.',
    ],
    jobStyle: 'table',
    workTableOrder: ['title', 'employer', 'period'],
    jobs: [
      job('Müügiinsener', 'Keevitusabi OÜ', '2014-04', null, true, '04.2014 – praeguseni', [
        'seadmete demod ja keevituskatsed kliendi juures',
        'hinnapakkumised ja aastalepingud',
        'garantii- ja hooldusküsimused koos tootjaga',
      ]),
      job('Keevitusmeister', 'Viru Metall AS', '2008', '2014-03', false, '2008 – 03.2014'),
      job('Keevitaja', 'Viru Metall AS', '1996', '2008', false, '1996 – 2008'),
    ],
    education: [
      edu('kutsekeskharidus', 'Kohtla-Järve Tööstustehnikum, keevitustehnoloogia, keskeriharidus, 1992–1996', {
        field: 'keevitustehnoloogia',
        institution: 'Kohtla-Järve Tööstustehnikum',
        startYear: 1992,
        endYear: 1996,
      }),
    ],
    courses: [],
    certifications: [
      named('Rahvusvaheline keevitusinspektor (IWI-B)', 'Rahvusvaheline keevitusinspektor (IWI-B), 2017'),
    ],
    languages: [
      lang('ru', 'native', 'vene – emakeel'),
      lang('et', 'B1', 'eesti – B1 (tasemeeksam 2012)'),
      lang('en', 'A2', 'inglise – algtase'),
    ],
    skills: ['Juhiluba B', 'Excel, 1C'],
    closing: [
      { kind: 'paragraph', text: 'Keevitaja sertifikaat ISO 9606-1 – kehtivus lõppes 2016 (ei keevita enam ise).' },
    ],
    clientBase: { activeAccounts: 110, annualRevenueEur: 1_700_000, segment: 'regional_smb' },
    competencies: [],
  },
  {
    id: 'et-h16-26-kontorimoobel-projektimuuk-1991-aastad',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Tuhat Kakskümmend Kuus',
    email: 'k1026.moobel@example.net',
    phone: '+372 503 4417',
    contactLines: ['Tallinn, Pirita'],
    headings: {
      profile: 'Profiil',
      work: 'Töökäik',
      education: 'Haridus',
      languages: 'Keeled',
      skills: 'Tugevused',
    },
    profile: [
      '35 aastat mööblitööstuses – puusepast projektimüügini. Müün kontorimööbli ja akustikalahenduste projekte ' +
        'ettevõtetele ja kinnisvaraarendajatele Tallinnas ja Tartus. Püsikliente on ligikaudu 65; lisaks ' +
        'projekteerivad meie tooteid umbes 40 arhitektibürood. Minu projektide müük oli 2025. aastal 2,8 mln €. ' +
        'Lõpliku otsuse teevad tavaliselt klientide juhatuse liikmed. Juhtisin 11 aastat nelja müügiesindaja ' +
        'meeskonda.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job('Ärikliendijuht (projektimüük)', 'Kontorisisustus AS', '2015', null, true, '2015 – praegu', [
        'Pakkumised ja lepingud, ruumiplaanid koos sisearhitektidega',
        'Suuremad projektid: pangakontorid, IT-ettevõtete kontorid, ülikoolihoone',
      ]),
      job('Müügijuht', 'Kontorisisustus AS', '2004', '2015', true, '2004 – 2015', [
        'Neli müügiesindajat, oma kliendid Tallinnas',
      ]),
      job('Müügiesindaja', 'Tallinna Mööblivabrik AS', '1996', '2004', true, '1996 – 2004'),
      job('Puusepp', 'Tallinna Mööblivabrik AS', '1991', '1996', false, '1991 – 1996'),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Muu' },
      {
        kind: 'bullets',
        items: [
          '2012 – 2020: juhatuse liige, MTÜ Pirita Purjeklubi',
          '2018 – praegu: Eesti Mööblitootjate Liidu müügitoimkonna liige',
        ],
      },
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Eesti Ettevõtluskõrgkool Mainor, ärijuhtimine, rakenduskõrgharidus (kaugõpe), 2000–2004',
        { field: 'ärijuhtimine', institution: 'Eesti Ettevõtluskõrgkool Mainor', startYear: 2000, endYear: 2004 },
      ),
      edu('kutseharidus', 'Tallinna 1. Kutsekeskkool, mööblitisler, kutseharidus, 1988–1991', {
        field: 'mööblitisler',
        institution: 'Tallinna 1. Kutsekeskkool',
        startYear: 1988,
        endYear: 1991,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B2', 'vene – hea'),
      lang('fi', 'B2', 'soome – hea'),
      lang('en', 'B1', 'inglise – suhtlustasemel'),
    ],
    skills: ['Läbirääkimisoskus', 'Projektide planeerimine', 'Jooniste lugemine (AutoCAD)'],
    clientBase: { activeAccounts: 65, annualRevenueEur: 2_800_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'organisation'],
  },
];

import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The seventeenth held-out set's Estonian CVs: half everyday CVs (portal exports, Word templates, an e-mail body),
 * half awkward ones (history oldest first without headings, one-line jobs, two jobs at once, a gap told in a
 * sentence, a job in Finland written in Finnish, dates at the end of paragraphs, a work table without column
 * headers, a current job named only in the profile).
 */
export const HELD_OUT_17_ET: CvSource[] = [
  {
    id: 'et-h17-01-cvkeskus-pagaritooted-louna-eesti',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Tuhat Ükssada Üks',
    email: 'k1101.elva@example.com',
    phone: '+372 5347 2210',
    contactLines: ['Elukoht: Elva, Tartumaa', 'Sünniaasta: 1988'],
    tagline: 'Soovitud ametikoht: müügiesindaja, piirkonnamüügijuht',
    headings: {
      profile: 'Enesetutvustus',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Täienduskoolitused',
      languages: 'Keeleoskus',
      skills: 'Muud oskused',
    },
    profile: [
      'Pagari- ja kondiitritoodete müügiesindaja Lõuna-Eestis. Minu piirkonnas on 110 püsiklienti – külapoed, ' +
        'kohvikud, koolisööklad ja kaks väikest hulgiladu Tartu-, Valga- ja Võrumaal. Nende tellimused minu kaudu ' +
        'olid 2025. aastal kokku umbes 1,6 mln €. Enamik poode on pereettevõtted, kus tellimuse üle otsustab ' +
        'omanik ise. Pagaritööstuse käive on 24 mln €.',
    ],
    jobStyle: 'labelled',
    jobLabels: {
      period: 'Töötamise aeg',
      title: 'Ametikoht',
      employer: 'Tööandja',
      duties: 'Ülesanded ja saavutused',
    },
    jobs: [
      job(
        'Müügiesindaja',
        'Elva Pagar AS',
        '2018-04',
        null,
        true,
        'aprill 2018 – praegu',
        [
          'klientide külastamine graafiku alusel (ca 25 kauplust nädalas)',
          'tellimuste vormistamine tahvelarvutis',
          'uute toodete tutvustamine ja degusteerimised',
          'riiulipinna ja hinnasiltide kontroll',
          '2024. aastal 14 uut klienti Valgamaal',
        ],
        'Elva',
      ),
      job(
        'Merchandiser',
        'Maiustused Baltic OÜ',
        '2015-09',
        '2018-03',
        false,
        '09.2015 – 03.2018',
        ['kaupade väljapanek Tartu hüpermarketites', 'kampaaniamaterjalide paigaldus ja laoseisu kontroll'],
        'Tartu',
      ),
      job(
        'Müüja-kassiir',
        'Emajõe Toidukaubad OÜ',
        '2008-06',
        '2015-08',
        true,
        '06.2008 – 08.2015',
        ['klientide teenindamine, kassa, kauba vastuvõtt'],
        'Tartu',
      ),
    ],
    education: [
      edu('kutsekeskharidus', 'Tartu Kutsehariduskeskus – müüja eriala, kutsekeskharidus (2005–2008)', {
        field: 'müüja eriala',
        institution: 'Tartu Kutsehariduskeskus',
        startYear: 2005,
        endYear: 2008,
      }),
    ],
    courses: [named('Aktiivse müügi koolitus', 'Aktiivse müügi koolitus (Elva Pagar sisekoolitus, 2019)')],
    certifications: [],
    languages: [lang('et', 'native', ''), lang('ru', 'B1', ''), lang('en', 'A2', '')],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Keel', 'Suhtlemine', 'Kirjutamine'],
        rows: [
          ['eesti', 'emakeel', 'emakeel'],
          ['vene', 'suhtlustasemel', 'suhtlustasemel'],
          ['inglise', 'algtase', 'algtase'],
        ],
      },
    ],
    skills: ['Juhiluba B (alates 2007)', 'MS Excel, tellimusprogramm Mobiilimüük', 'Kohusetundlik ja korrektne'],
    closing: [
      { kind: 'heading', text: 'Lisainfo' },
      {
        kind: 'paragraph',
        text: 'Töötan meelsasti ka nädalavahetustel messidel ja laatadel. Oma auto olemas.',
      },
    ],
    clientBase: { activeAccounts: 110, annualRevenueEur: 1_600_000, segment: 'regional_smb', decisionMakers: true },
    competencies: [],
  },
  {
    id: 'et-h17-02-cvonline-energia-arikliendihaldur',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tuhat Ükssada Kaks',
    email: 'tuhat.yksada.kaks@example.org',
    phone: '+372 5190 7734',
    contactLines: ['Tallinn, Kristiine', 'Sünniaeg: 03.02.1986'],
    tagline: 'Soovitud töö: ärikliendihaldur / võtmekliendihaldur (energeetika, telekom)',
    headings: {
      profile: 'Lühitutvustus',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeleoskus',
      skills: 'Arvutioskus ja muud oskused',
    },
    profile: [
      'Müün ja haldan elektri- ja maagaasilepinguid ettevõtetele. Minu portfellis on 185 äriklienti üle Eesti – ' +
        'tootmisettevõtted, kaubanduskeskused, hotellid ja logistikakeskused. Klientide aastased energiaarved on ' +
        'kokku ca 9,8 mln €. Lepingud kooskõlastan klientide juhatuse liikmete ja finantsjuhtidega, kes need ka ' +
        'allkirjastavad. Ettevõte müüs 2025. aastal ärikliendidele kokku 1,9 TWh elektrit.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Ärikliendihaldur', 'Põhjavool Energia AS', '2019-09', null, true, 'Sept 2019 – praegu (7 a 2 k)'),
        lines: ['Ärikliendihaldur', 'Põhjavool Energia AS · Tallinn', 'Sept 2019 – praegu (7 a 2 k)'],
        bullets: [
          'fikseeritud ja börsihinnaga lepingute pakkumised',
          'hinnapakkumised suurtarbijate hangetele',
          'lepingute pikendamine ja portfelli kasvatamine (2025: 22 uut klienti)',
          'koostöö bilansihaldusega tarbimisprognooside koostamisel',
        ],
      },
      {
        ...job(
          'Klienditeenindaja',
          'Põhjavool Energia AS',
          '2016-02',
          '2019-08',
          false,
          'Veebr 2016 – Aug 2019 (3 a 7 k)',
        ),
        lines: ['Klienditeenindaja', 'Põhjavool Energia AS · Tallinn', 'Veebr 2016 – Aug 2019 (3 a 7 k)'],
        bullets: [
          'eraklientide ja väikeettevõtete pöördumised telefonis ja e-kirjas',
          'arvete ja tarbimisandmete selgitamine',
        ],
      },
      {
        ...job('Telemüüja', 'Kõnekoda OÜ', '2013-10', '2016-01', true, 'Okt 2013 – Jaan 2016 (2 a 4 k)'),
        lines: ['Telemüüja', 'Kõnekoda OÜ · Tallinn', 'Okt 2013 – Jaan 2016 (2 a 4 k)'],
        bullets: ['telekomiteenuste pakkumine eraisikutele telefoni teel, keskmiselt 80 kõnet päevas'],
      },
      {
        ...job(
          'Kontoriassistent',
          'Linnavara Haldus OÜ',
          '2009-08',
          '2013-09',
          false,
          'Aug 2009 – Sept 2013 (4 a 2 k)',
        ),
        lines: ['Kontoriassistent', 'Linnavara Haldus OÜ · Tallinn', 'Aug 2009 – Sept 2013 (4 a 2 k)'],
      },
    ],
    education: [
      edu('bakalaureus', 'Kõrgharidus (bakalaureus) · Tallinna Tehnikaülikool · Majandusteadus · 2005 – 2009', {
        field: 'Majandusteadus',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2005,
        endYear: 2009,
      }),
      edu('keskharidus', 'Keskharidus · Tallinna Kristiine Gümnaasium · 2005', {
        institution: 'Tallinna Kristiine Gümnaasium',
        endYear: 2005,
      }),
    ],
    courses: [
      named('Elektriturg ja hinnariskid', 'Elektriturg ja hinnariskid – Energiaturu Akadeemia, 2020'),
      named('Läbirääkimised suurklientidega', 'Läbirääkimised suurklientidega – 2 päeva, 2022'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'Eesti keel: emakeel'),
      lang('en', 'C1', 'Inglise keel: väga hea'),
      lang('ru', 'B2', 'Vene keel: hea'),
      lang('fi', 'A2', 'Soome keel: algtase'),
    ],
    skills: ['MS Excel (pivot-tabelid, VLOOKUP)', 'Salesforce CRM', 'Juhiluba B', 'Pingetaluvus ja korrektsus'],
    clientBase: { activeAccounts: 185, annualRevenueEur: 9_800_000, segment: 'national', decisionMakers: true },
    competencies: ['stress_resistance', 'teamwork'],
  },
  {
    id: 'et-h17-03-tootukassa-kohtla-jarve-ehitusmaterjalid',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tuhat Ükssada Kolm',
    nameLine: 'CV: Kandidaat Tuhat Ükssada Kolm',
    email: 'k1103@example.net',
    phone: '+372 5563 0912',
    contactLines: ['Aadress: Kohtla-Järve, Ida-Viru maakond', 'Sünniaeg: 17.09.1975'],
    afterContact: [
      { kind: 'heading', text: 'Soovitud töö' },
      {
        kind: 'paragraph',
        text:
          'Ametinimetus: müügiesindaja, laojuhataja, klienditeenindaja; Töö liik: täistööaeg; Piirkond: Ida-Virumaa; ' +
          'Palgasoov: alates 1500 € bruto',
      },
    ],
    headings: {
      profile: 'Lisainfo endast',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeleoskus',
      skills: 'Arvutioskus ja muud oskused',
    },
    profile: [
      'Olen registreeritud töötu alates juulist 2025, kui ettevõte sulges Kohtla-Järve esinduse. Viimases töökohas ' +
        'olid minu kliendid umbes 70 ehitusfirmat, korteriühistut ja ehituspoodi Ida-Virumaal, aastakäive nendega ' +
        'ligikaudu 900 000 €. Tunnen hästi katusematerjale ja soojustust. Praegu õpin Töötukassa kaudu eesti keelt ' +
        'B2 tasemele.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Müügiesindaja',
          'Virumaa Ehitusmaterjalid OÜ',
          '2012-03',
          '2025-06',
          true,
          'Alguskuupäev: 12.03.2012; Lõppkuupäev: 30.06.2025',
        ),
        lines: [
          'Ametikoht: Müügiesindaja',
          'Tööandja: Virumaa Ehitusmaterjalid OÜ',
          'Alguskuupäev: 12.03.2012; Lõppkuupäev: 30.06.2025',
          'Tööülesanded: pakkumised ehitusfirmadele ja korteriühistutele, objektide külastamine, materjalide ' +
            'kalkulatsioon, arvete ja võlgnevuste jälgimine.',
        ],
      },
      {
        ...job(
          'Laojuhataja',
          'Ida Logistika OÜ',
          '2004-05',
          '2012-02',
          false,
          'Alguskuupäev: 03.05.2004; Lõppkuupäev: 29.02.2012',
        ),
        lines: [
          'Ametikoht: Laojuhataja',
          'Tööandja: Ida Logistika OÜ',
          'Alguskuupäev: 03.05.2004; Lõppkuupäev: 29.02.2012',
          'Tööülesanded: kauba vastuvõtt ja väljastus, 6 laotöötaja töögraafikud, inventuurid.',
        ],
      },
      {
        ...job(
          'Lukksepp',
          'Kohtla-Järve Soojus AS',
          '1995-09',
          '2004-04',
          false,
          'Alguskuupäev: 01.09.1995; Lõppkuupäev: 30.04.2004',
        ),
        lines: [
          'Ametikoht: Lukksepp',
          'Tööandja: Kohtla-Järve Soojus AS',
          'Alguskuupäev: 01.09.1995; Lõppkuupäev: 30.04.2004',
        ],
      },
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Töötu (registreeritud Töötukassas): 01.07.2025 – praegu' }],
    education: [
      edu(
        'kutsekeskharidus',
        'Haridustase: kutsekeskharidus; Õppeasutus: Kohtla-Järve Tööstustehnikum; Eriala: soojustehnika; ' +
          'Lõpetamise aasta: 1995',
        { field: 'soojustehnika', institution: 'Kohtla-Järve Tööstustehnikum', endYear: 1995 },
      ),
    ],
    courses: [
      named('Tõstukijuhi koolitus', 'Tõstukijuhi koolitus, 2006'),
      named('Katusematerjalide paigaldus ja müük', 'Katusematerjalide paigaldus ja müük (tootja koolitus), 2017'),
    ],
    certifications: [],
    languages: [
      lang('ru', 'native', 'vene keel – emakeel'),
      lang('et', 'B1', 'eesti keel – B1 (tasemeeksam 2019)'),
      lang('en', 'A2', 'inglise keel – algtase'),
    ],
    skills: ['Arvutioskus: MS Word, Excel, Directo', 'Juhiload: B, C', 'Oma auto olemas'],
    closing: [{ kind: 'paragraph', text: 'Tõstukijuhi tunnistus (2006) – aegunud, vajadusel uuendan.' }],
    clientBase: { activeAccounts: 70, annualRevenueEur: 900_000, segment: 'regional_smb' },
    competencies: [],
  },
  {
    id: 'et-h17-04-epost-telekom-sales-executive-vke',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tuhat Ükssada Neli',
    email: 'yksada.neli.1104@example.com',
    phone: '5821 4407',
    afterContact: [
      {
        kind: 'paragraph',
        text:
          'Tere! Saadan oma CV seoses Sales Executive’i (VKE segment) ametikohaga. Allpool lühidalt minu kogemus, ' +
          'vajadusel saadan ka PDF-i.',
      },
    ],
    headings: {
      profile: 'Kes ma olen',
      work: 'Kus olen töötanud',
      education: 'Kool',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Muu',
    },
    profile: [
      'Olen 29-aastane, elan Tallinnas Mustamäel. Viimased kolm aastat müün väikeettevõtetele mobiili-, interneti- ' +
        'ja kontoritelefoni lahendusi. Minu hallata on umbes 240 väikeettevõtet Tallinnas ja Harjumaal (2–30 ' +
        'töötajat); nende kuumaksed teevad aastas kokku ligi 430 000 €. Räägin tavaliselt otse omanike või ' +
        'juhatajatega, kes otsuse ise teevad.',
      'Õppisin Tallinna Ülikoolis rekreatsioonikorraldust, aga jätsin õpingud 2019. aastal pooleli, kui läksin ' +
        'täiskohaga tööle.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job('Sales Executive', 'Linnaside AS', '2023-03', null, true, '03.2023 – praegu'),
        lines: ['03.2023 – praegu: Sales Executive, Linnaside AS (väikeettevõtete üksus)'],
        bullets: [
          'uued kliendid külmkõnede ja soovituste kaudu',
          'lepingute pikendused ja lisateenused olemasolevatele klientidele',
          'kuu eesmärk 18 uut lepingut, 2025. aastal täitsin selle 11 kuul 12-st',
        ],
      },
      {
        ...job('Klienditeenindaja', 'Linnaside AS', '2020-08', '2023-02', false, '08.2020 – 02.2023'),
        lines: ['08.2020 – 02.2023: Klienditeenindaja, Linnaside AS esinduses (Rocca al Mare)'],
      },
      {
        ...job('Baarmen', 'Kohvik Pööning OÜ', '2017', '2020', false, '2017 – 2020'),
        lines: ['2017 – 2020: Baarmen, Kohvik Pööning OÜ (õpingute kõrvalt)'],
      },
    ],
    education: [
      edu('keskharidus', 'Tallinna Mustamäe Gümnaasium, keskharidus, 2016', {
        institution: 'Tallinna Mustamäe Gümnaasium',
        endYear: 2016,
      }),
    ],
    courses: [named('Telekomi lahenduste müük', 'Telekomi lahenduste müük – sisekoolitus (2023)')],
    certifications: [],
    languages: [lang('et', 'native', ''), lang('en', 'C1', ''), lang('ru', 'B2', ''), lang('fi', 'A2', '')],
    languagesText: [
      'Eesti keel on emakeel, inglise keelt räägin vabalt, vene keelt räägin hästi ja soome keelt natuke (algtase).',
    ],
    skills: ['Juhiluba B', 'Salesforce, Google Workspace', 'Suhtlemisoskus, pingekindel'],
    closing: [{ kind: 'paragraph', text: 'Parimate soovidega, Kandidaat Tuhat Ükssada Neli' }],
    clientBase: { activeAccounts: 240, annualRevenueEur: 430_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'stress_resistance'],
  },
  {
    id: 'et-h17-05-wordi-mall-pank-ettevotete-kliendihaldur-parnu',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Tuhat Ükssada Viis',
    nameLine: 'Kandidaat Tuhat Ükssada Viis – CV',
    email: 'k.1105@example.net',
    phone: '+372 5344 8021',
    contactLines: ['Pärnu'],
    afterContact: [
      { kind: 'heading', text: 'Isiklikud andmed' },
      {
        kind: 'table',
        rows: [
          ['Sünniaeg', '11.04.1982'],
          ['Kodakondsus', 'Eesti'],
          ['Juhiluba', 'B-kategooria'],
        ],
      },
    ],
    headings: {
      contact: 'Kontaktandmed',
      profile: 'Kokkuvõte',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Täiendkoolitused',
      certifications: 'Sertifikaadid',
      languages: 'Keeled',
      skills: 'Isikuomadused',
    },
    profile: [
      'Ettevõtete kliendihaldur 15-aastase pangakogemusega. Minu portfellis on 95 Pärnu- ja Läänemaa väikest ja ' +
        'keskmist ettevõtet – turism, puidutööstus, põllumajandus ja ehitus. Portfelli laenujääk on 68 mln € ja ' +
        'hoiuste maht 41 mln €. Suhtlen ettevõtete omanike ja finantsjuhtidega ning nõustan neid finantseerimise, ' +
        'arvelduse ja riskimaandamise küsimustes.',
      'Õpin EFP (European Financial Planner) taseme jaoks, eksam on plaanis 2027. aastal.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Ettevõtete kliendihaldur',
        'Läänemere Pank AS',
        '2019-01',
        null,
        true,
        'alates 01.2019',
        [
          'laenu- ja liisingutaotluste ettevalmistamine ja esitamine krediidikomiteele',
          'uute klientide leidmine ja aastavestlused olemasolevate klientidega',
          'arvelduse, kaarditerminalide ja kindlustuse pakkumine olemasolevatele klientidele',
          'klientide finantsaruannete ja rahavoogude hindamine',
        ],
        'Pärnu',
      ),
      job(
        'Krediidianalüütik',
        'Läänemere Pank AS',
        '2015-06',
        '2018-12',
        false,
        '06.2015 – 12.2018',
        ['väikeettevõtete laenutaotluste riskihinnangud'],
        'Tallinn',
      ),
      job(
        'Klienditeenindaja',
        'Balti Hoiupank AS',
        '2011-09',
        '2015-05',
        false,
        '09.2011 – 05.2015',
        ['eraklientide teenindamine kontoris, kontode avamine, maksed'],
        'Pärnu',
      ),
      job('Raamatupidaja', 'Pärnu Puit OÜ', '2008-02', '2011-08', false, '02.2008 – 08.2011', undefined, 'Pärnu'),
    ],
    education: [
      edu('magistrikraad', 'Tartu Ülikool, rahandus ja arvestus, magistrikraad, 2006–2008', {
        field: 'rahandus ja arvestus',
        institution: 'Tartu Ülikool',
        startYear: 2006,
        endYear: 2008,
      }),
      edu('bakalaureusekraad', 'Tartu Ülikool, majandusteadus, bakalaureusekraad, 2001–2005', {
        field: 'majandusteadus',
        institution: 'Tartu Ülikool',
        startYear: 2001,
        endYear: 2005,
      }),
    ],
    courses: [
      named('Krediidiriski hindamine', 'Krediidiriski hindamine (Pangaliit, 2016)'),
      named('Konsultatiivne müük', 'Konsultatiivne müük (2020)'),
    ],
    certifications: [named('EFA – European Financial Advisor', 'EFA – European Financial Advisor (2021)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – väga hea'),
      lang('ru', 'B2', 'vene – hea'),
      lang('fi', 'B1', 'soome – suhtlustasemel'),
    ],
    skills: ['Analüüsivõime', 'Usaldusväärsus', 'Meeskonnatöö'],
    closing: [
      { kind: 'heading', text: 'Huvid' },
      { kind: 'paragraph', text: 'Purjetamine; Pärnu Jahtklubi MTÜ juhatuse liige alates 2020.' },
    ],
    clientBase: { activeAccounts: 95, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'teamwork'],
  },
  {
    id: 'et-h17-06-canva-saas-account-manager-laotarkvara',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Tuhat Ükssada Kuus',
    email: 'account.1106@example.com',
    phone: '+372 5877 1326',
    contactLines: ['Tallinn', 'linkedin.example.com/in/kandidaat-1106'],
    tagline: 'ACCOUNT MANAGER · B2B SAAS',
    headings: {
      contact: 'KONTAKT',
      profile: 'PROFIIL',
      work: 'TÖÖKOGEMUS',
      education: 'HARIDUS',
      courses: 'KURSUSED',
      certifications: 'SERTIFIKAADID',
      skills: 'TUGEVUSED',
      languages: 'KEELED',
    },
    profile: [
      'Haldan laohaldustarkvara kliente Eestis, Lätis ja Soomes: 48 ettevõtet (3PL-laod, hulgimüüjad, e-poed), ' +
        'kelle aastane litsentsi- ja tugiteenuse tasu on kokku 1,45 mln € ARR (ca 1,6 mln USD). Lepingute ' +
        'pikendamise ja laienduste üle otsustavad klientide logistikadirektorid ja tegevjuhid. Ettevõtte ARR on ' +
        '12 mln €, minu 2026. aasta laienduskvoot 300 000 €.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Account Manager',
        'Ladu Digital OÜ',
        '2022-05',
        null,
        true,
        'mai 2022 – praegu',
        [
          'kvartaalsed ärikohtumised (QBR) klientidega',
          'lepingute pikendused ja lisamoodulite pakkumised',
          'koostöö tootemeeskonnaga klientide arendussoovide osas',
        ],
        'Tallinn',
      ),
      job(
        'Customer Success Specialist',
        'Ladu Digital OÜ',
        '2020-09',
        '2022-04',
        false,
        'sept 2020 – apr 2022',
        ['uute klientide juurutamine ja koolitamine', 'tugipäringud ja kasutajakoolitused'],
        'Tallinn',
      ),
      job(
        'Logistikaspetsialist',
        'Balti Kaubavedu AS',
        '2017-08',
        '2020-08',
        false,
        'aug 2017 – aug 2020',
        undefined,
        'Maardu',
      ),
    ],
    education: [
      edu('bsc', 'Tallinna Tehnikaülikool – logistika, BSc (2014–2017)', {
        field: 'logistika',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2014,
        endYear: 2017,
      }),
    ],
    courses: [named('Customer Success Management', 'Customer Success Management – SaaS Academy, 2021')],
    certifications: [named('APICS CSCP', 'APICS CSCP (2019)')],
    languages: [
      lang('et', 'native', 'Eesti keel – emakeel'),
      lang('en', 'C1', 'Inglise keel – C1'),
      lang('fi', 'B2', 'Soome keel – B2'),
      lang('ru', 'B1', 'Vene keel – B1'),
      lang('lv', 'A2', 'Läti keel – A2'),
    ],
    skills: ['Kliendikeskne', 'Analüütiline mõtlemine', 'Läbirääkimised', 'Jira, HubSpot, Power BI'],
    clientBase: { activeAccounts: 48, annualRevenueEur: 1_450_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'customer_focus', 'negotiation', 'teamwork'],
  },
  {
    id: 'et-h17-07-lakooniline-logistika-muugijuht-maardu',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Tuhat Ükssada Seitse',
    email: 'tuhatyksadaseitse@example.org',
    phone: '+372 5012 6618',
    contactLines: ['Maardu'],
    headings: {
      work: 'Töökogemus',
      workTable: ['Tööandja', 'Aastad', 'Positsioon'],
      education: 'Haridus',
      certifications: 'Tunnistused',
      languages: 'Keeled',
      skills: 'Muu',
    },
    profile: [],
    jobStyle: 'table',
    workTableOrder: ['employer', 'period', 'title'],
    jobs: [
      job('Müügijuht', 'Baltic Road Cargo OÜ', '2018', null, true, '2018 – k.a.'),
      job('Ekspediitor', 'Baltic Road Cargo OÜ', '2014', '2018', false, '2014–2018'),
      job('Autojuht', 'Maardu Transport AS', '2008', '2014', false, '2008–2014'),
    ],
    education: [
      edu('kutseharidus', 'Tallinna Transpordikool, logistik, kutseharidus (tase 4), 2013', {
        field: 'logistik',
        institution: 'Tallinna Transpordikool',
        endYear: 2013,
      }),
      edu('keskharidus', 'Maardu Gümnaasium, keskharidus, 2005', { institution: 'Maardu Gümnaasium', endYear: 2005 }),
    ],
    courses: [],
    certifications: [named('Ekspedeerija, tase 5', 'Kutsetunnistus: Ekspedeerija, tase 5 (2016)')],
    languages: [
      lang('ru', 'native', 'vene – emakeel'),
      lang('et', 'B2', 'eesti – B2'),
      lang('en', 'B2', 'inglise – B2'),
      lang('pl', 'A2', 'poola – A2'),
    ],
    skills: ['Juhiload B, C, CE', 'Transporeon, Trans.eu, MS Office'],
    clientBase: null,
    competencies: [],
  },
  {
    id: 'et-h17-08-pikk-kam-ravimid-apteegiketid-baltikum',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tuhat Ükssada Kaheksa',
    email: 'kam.1108@example.com',
    phone: '+372 5622 4490',
    contactLines: ['Tallinn, Kadriorg', 'Sündinud 1981'],
    tagline: 'Key Account Manager, apteegiketid (Baltikum)',
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeleoskus',
      skills: 'Tugevused',
    },
    profile: [
      '20 aastat ravimite ja tervisetoodete alal, neist kümme võtmekliendijuhina. Vastutan 6 apteegiketi ja 2 ' +
        'ravimite hulgimüüja eest Eestis, Lätis ja Leedus; kettidel on kokku ligi 700 apteeki. Minu klientide ' +
        'ostud meilt olid 2025. aastal 14,2 mln € (+8% aastaga).',
      'Aastaläbirääkimisi pean kettide ostudirektorite ja kategooriajuhtidega, kes otsustavad sortimendi ja ' +
        'kampaaniad. Juhin kahte Läti ja Leedu KAM-i ning vastutan 700 000 € turunduseelarve eest.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Key Account Manager Baltics',
        'Vitalis Pharma Baltics OÜ',
        '2016-03',
        null,
        true,
        'märts 2016 – praegu',
        [
          'aastalepingud, boonustingimused ja kampaaniaplaanid 8 võtmekliendiga',
          'käsimüügiravimite ja toidulisandite sortimendi plaanid koos kettide kategooriajuhtidega',
          'uute toodete lansseerimine kettides (2025: 14 uut toodet)',
          'Läti ja Leedu KAM-ide juhendamine ja iganädalased ülevaated',
          'müügiprognoosid ja kvartaalsed äriülevaated kettide juhtkonnaga',
          'turunduseelarve (700 000 €) jaotus ja kampaaniate tasuvuse hindamine',
          'koostöö regulatiivosakonnaga müügilubade ja pakendimuudatuste osas',
        ],
        'Tallinn',
      ),
      job(
        'Eesti müügijuht',
        'Vitalis Pharma Baltics OÜ',
        '2011-01',
        '2016-02',
        true,
        'jaanuar 2011 – veebruar 2016',
        [
          'Eesti apteegikettide ja hulgimüüjatega aastalepingud',
          'kahe ravimiesindaja töö korraldamine',
          'apteekide koolitused ja kampaaniad',
          'kliendikettide arv kasvas kolmelt viiele',
        ],
        'Tallinn',
      ),
      job(
        'Ravimiesindaja',
        'Nordic Rx AS',
        '2006-09',
        '2010-12',
        true,
        'september 2006 – detsember 2010',
        [
          'perearstide ja apteekide külastamine Tallinnas ja Harjumaal',
          'retseptiravimite tutvustamine (kardioloogia, diabeet)',
        ],
        'Tallinn',
      ),
      job(
        'Farmatseut',
        'Südalinna Apteek OÜ',
        '2003-06',
        '2006-08',
        false,
        'juuni 2003 – august 2006',
        undefined,
        'Tallinn',
      ),
    ],
    education: [
      edu('mba', 'Estonian Business School, MBA, 2012–2014', {
        institution: 'Estonian Business School',
        startYear: 2012,
        endYear: 2014,
      }),
      edu('rakenduskõrgharidus', 'Tallinna Tervishoiu Kõrgkool, farmaatsia, rakenduskõrgharidus, 2000–2003', {
        field: 'farmaatsia',
        institution: 'Tallinna Tervishoiu Kõrgkool',
        startYear: 2000,
        endYear: 2003,
      }),
    ],
    courses: [
      named('Key Account Management', 'Key Account Management – Richardson, 2017'),
      named('Kategooriajuhtimine apteegis', 'Kategooriajuhtimine apteegis (ECR Baltic, 2019)'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('en', 'C1', 'inglise keel – C1'),
      lang('ru', 'C1', 'vene keel – C1'),
      lang('lv', 'B1', 'läti keel – B1'),
      lang('fi', 'A2', 'soome keel – A2'),
    ],
    skills: [
      'Läbirääkimisoskus',
      'Meeskonna juhendamine',
      'Analüütiline (Excel, Power BI, IQVIA andmed)',
      'Strateegiline planeerimine',
    ],
    closing: [{ kind: 'paragraph', text: 'Huvid: tennis, Kadrioru pargi heakorratalgud.' }],
    clientBase: { activeAccounts: 8, annualRevenueEur: 14_200_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'coaching', 'negotiation', 'organisation', 'teamwork'],
  },
  {
    id: 'et-h17-09-narva-kodutehnika-muujast-juhatajaks-ei-portfelli',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tuhat Ükssada Üheksa',
    email: 'k1109.narva@example.net',
    phone: '+372 530 9217',
    contactLines: ['Narva, Kreenholm'],
    tagline: 'Kaupluse juhataja, kodutehnika',
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen töötanud kodutehnika kaubanduses 14 aastat – müüjast kaupluse juhatajani. Praegu juhin Narva ' +
        'kauplust, kus on 12 töötajat ja aastakäive 2,4 mln €. Vastutan kaupluse müügiplaani, töögraafikute ja ' +
        'kaubavaru eest. Soovin liikuda piirkondlikku juhtimisse Ida-Virumaal.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Kaupluse juhataja',
        'Kodutehnika Keskus AS',
        '2019-02',
        null,
        false,
        '02.2019 – tänaseni',
        [
          'kaupluse müügiplaani täitmine (2025: 104%)',
          '12 töötaja töögraafikud, värbamine ja väljaõpe',
          'kaubatellimused ja inventuurid',
          'klientide kaebuste lahendamine',
        ],
        'Narva',
      ),
      job(
        'Müüja-konsultant',
        'Kodutehnika Keskus AS',
        '2012-05',
        '2019-01',
        true,
        '05.2012 – 01.2019',
        [
          'klientide nõustamine ja müük (kodutehnika, telerid)',
          'järelmaksu- ja lisagarantii lepingute vormistamine',
          'lapsehoolduspuhkusel 09.2015 – 08.2016',
        ],
        'Narva',
      ),
      job('Kassapidaja', 'Narva Toidukaubad OÜ', '2010-06', '2012-04', false, '06.2010 – 04.2012', undefined, 'Narva'),
    ],
    education: [
      edu('kutseharidus', 'Narva Kutseõppekeskus, müüja, kutseharidus, 2008–2010', {
        field: 'müüja',
        institution: 'Narva Kutseõppekeskus',
        startYear: 2008,
        endYear: 2010,
      }),
      edu('keskharidus', 'Narva Pähklimäe Gümnaasium, keskharidus, 2008', {
        institution: 'Narva Pähklimäe Gümnaasium',
        endYear: 2008,
      }),
    ],
    courses: [
      named('Kaupluse juhtimise koolitus', 'Kaupluse juhtimise koolitus (2019)'),
      named('Eesti keele kursus B2', 'Eesti keele kursus B2 (2021)'),
    ],
    certifications: [],
    languages: [
      lang('ru', 'native', 'vene keel – emakeel'),
      lang('et', 'B2', 'eesti keel – B2 (tasemeeksam 2022)'),
      lang('en', 'A2', 'inglise keel – A2'),
    ],
    skills: ['Meeskonna juhtimine', 'Kassasüsteemid, Excel', 'Pingekindel'],
    clientBase: null,
    competencies: ['stress_resistance'],
  },
  {
    id: 'et-h17-10-vilistlane-agro-sisemuuk-praktika-ei-portfelli',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Tuhat Ükssada Kümme',
    email: 'tuhat.yksada.kymme@example.com',
    phone: '+372 555 1043',
    contactLines: ['Tartu / Jõgeva'],
    headings: {
      profile: 'Minust',
      work: 'Töö ja praktika',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Tunnistused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Värske Eesti Maaülikooli vilistlane (agronoomia, 2025). Alates septembrist 2025 töötan sisemüügis: võtan ' +
        'vastu talunike tellimusi, teen pakkumisi ja helistan klientidele enne külviperioodi. Kliendid on jagatud ' +
        'välimüügi agronoomide vahel, oma portfelli mul veel ei ole. Eesmärk on paari aasta pärast saada ' +
        'müügiagronoomiks.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Inside Sales Specialist',
        'Agrovara OÜ',
        '2025-09',
        null,
        true,
        'alates septembrist 2025',
        [
          'Tellimuste vastuvõtt telefonis ja e-posti teel',
          'Pakkumised seemnetele, väetistele ja taimekaitsevahenditele',
          'Kõnekampaaniad enne kevadkülvi, umbes 60 kõnet päevas',
        ],
        'Tartu',
      ),
      job(
        'Agronoomi praktikant',
        'Vooremaa Põld OÜ',
        '2024-05',
        '2024-08',
        false,
        'mai – august 2024',
        ['Põldude seire, mullaproovid, väetusplaanide koostamine 900 ha-le'],
        'Jõgevamaa',
      ),
      job(
        'Kuivatioperaator',
        'Jõgeva Viljakuivati OÜ',
        '2021',
        '2023',
        false,
        'suved 2021–2023',
        ['Viljakuivati öövahetused lõikusperioodil'],
        'Jõgeva',
      ),
    ],
    afterJobs: [
      {
        kind: 'bullets',
        items: ['sügissemester 2023: Erasmus+ vahetusõpe, Aarhusi Ülikool (Taani)'],
      },
    ],
    education: [
      edu('bakalaureusekraad', 'Eesti Maaülikool, agronoomia, bakalaureusekraad, 2022–2025', {
        field: 'agronoomia',
        institution: 'Eesti Maaülikool',
        startYear: 2022,
        endYear: 2025,
      }),
      edu('üldkeskharidus', 'Jõgeva Gümnaasium, üldkeskharidus, 2022', {
        institution: 'Jõgeva Gümnaasium',
        endYear: 2022,
      }),
    ],
    courses: [named('Agronoomia müügiakadeemia', 'Agronoomia müügiakadeemia (Agrovara sisekoolitus, 2025)')],
    certifications: [
      named(
        'Professionaalse taimekaitsevahendite kasutaja tunnistus',
        'Professionaalse taimekaitsevahendite kasutaja tunnistus (2024)',
      ),
    ],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('ru', 'A2', 'vene – A2'),
      lang('de', 'A1', 'saksa – A1'),
    ],
    skills: ['Koostöö ja suhtlemisoskus', 'MS Excel, Agrovara tellimussüsteem', 'Juhiload B, T'],
    clientBase: null,
    competencies: ['communication', 'teamwork'],
  },
  {
    id: 'et-h17-11-kindlustusmaakler-vedajad-eesti-lati',
    format: 'docx',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Tuhat Ükssada Üksteist',
    email: 'maakler1111@example.org',
    phone: '+372 5180 6625',
    contactLines: ['Tallinn, Pirita'],
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      certifications: 'Kutsetunnistused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Kindlustusmaakler, spetsialiseerunud transpordi- ja logistikaettevõtetele. Minu kliendiportfellis on 65 ' +
        'vedajat ja ekspedeerijat Eestis ja Lätis; nende kaudu vahendatud kindlustusmaksed olid 2025. aastal 3,4 ' +
        'mln €. Kindlustuslahendused arutan läbi klientide omanike ja juhatuse liikmetega, kes lepingud ka ' +
        'kinnitavad. Maaklerfirma vahendab kokku ligi 38 mln € kindlustusmakseid aastas.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Kindlustusmaakler',
        'Turvaline Maakler OÜ',
        '2017-04',
        null,
        true,
        '04.2017 – praegu',
        [
          'CMR-, kasko- ja vastutuskindlustuse hanked klientidele',
          'Klientide esindamine kahjujuhtumite lahendamisel',
          'Uued kliendid logistikamessidel ja soovituste kaudu',
        ],
        'Tallinn',
      ),
      job(
        'Maakleri assistent',
        'Turvaline Maakler OÜ',
        '2015-02',
        '2017-03',
        false,
        '02.2015 – 03.2017',
        ['Poliiside vormistamine ja pakkumiste võrdlustabelid kahele maaklerile'],
        'Tallinn',
      ),
      job(
        'Kahjukäsitleja',
        'Balti Kindlustus AS',
        '2011-08',
        '2015-01',
        false,
        '08.2011 – 01.2015',
        ['Sõidukikahjude menetlus'],
        'Tallinn',
      ),
    ],
    education: [
      edu('ba', 'Tallinna Tehnikaülikool, ärikorraldus (rahandus), BA, 2008–2011', {
        field: 'ärikorraldus',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2008,
        endYear: 2011,
      }),
    ],
    courses: [],
    certifications: [named('Kindlustusmaakler, tase 6', 'Kindlustusmaakler, tase 6 (2018)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'C1', 'vene – C1'),
      lang('en', 'B2', 'inglise – B2'),
      lang('lv', 'B1', 'läti – B1'),
    ],
    skills: ['Läbirääkimisoskus', 'Finantsteadmised', 'Kehtestav, aga sõbralik'],
    closing: [
      { kind: 'heading', text: 'Muu' },
      { kind: 'paragraph', text: 'Kahjukäsitleja kutsetunnistus (2013) – kehtivus lõppes 2016, ei ole taotlenud uut.' },
    ],
    clientBase: { activeAccounts: 65, annualRevenueEur: 3_400_000, segment: 'international', decisionMakers: true },
    competencies: ['financial_analysis', 'negotiation', 'tact_assertiveness'],
  },
  {
    id: 'et-h17-12-tabel-hotell-konverentsimuuk-tartu',
    format: 'txt',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Tuhat Ükssada Kaksteist',
    email: 'k1112@example.com',
    phone: '+372 5348 7710',
    contactLines: ['Tartu'],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      workTable: ['Tööaeg', 'Ametinimetus', 'Asutus'],
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Isikuomadused ja oskused',
    },
    profile: [
      'Hotelli müügijuht, vastutan konverentside ja gruppide müügi eest. Minu kliendibaasis on umbes 140 ' +
        'ettevõtet ja organisatsiooni, peamiselt Tartust ja Lõuna-Eestist; nende konverentsid ja majutus tõid ' +
        '2025. aastal hotellile 1,2 mln € tulu. Hotellis on 180 tuba ja aastakäive 7 mln €.',
    ],
    jobStyle: 'table',
    workTableOrder: ['period', 'title', 'employer'],
    jobs: [
      job('Müügijuht', 'Emajõe Konverentsihotell OÜ', '2020-10', null, true, 'okt 2020 – praegu', [
        'pakkumised ja lepingud konverentsidele, seminaridele ja pulmadele',
        'korduvate klientidega aastalepingud',
        'messid ja kohtumised ürituste korraldajatega',
      ]),
      job(
        'Vastuvõtu administraator',
        'Emajõe Konverentsihotell OÜ',
        '2016-05',
        '2020-09',
        false,
        'mai 2016 – sept 2020',
      ),
      job('Ettekandja', 'Restoran Raekoja OÜ', '2013', '2016', false, '2013 – 2016'),
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Tartu Ülikooli Pärnu kolledž, turismiettevõtluse ja hotelli korraldus, rakenduskõrgharidus, 2013–2016',
        {
          field: 'turismiettevõtluse ja hotelli korraldus',
          institution: 'Tartu Ülikooli Pärnu kolledž',
          startYear: 2013,
          endYear: 2016,
        },
      ),
    ],
    courses: [named('Tulujuhtimine hotellis', 'Tulujuhtimine hotellis (Eesti Hotellide ja Restoranide Liit, 2022)')],
    certifications: [],
    languages: [
      lang('et', 'native', 'Eesti keel (emakeel)'),
      lang('en', 'C1', 'Inglise keel (C1)'),
      lang('ru', 'B1', 'Vene keel (B1)'),
      lang('de', 'B1', 'Saksa keel (B1)'),
    ],
    skills: ['Loov ja algatusvõimeline', 'Opera PMS, MS Office', 'Juhiluba B'],
    clientBase: { activeAccounts: 140, annualRevenueEur: 1_200_000, segment: 'regional_smb' },
    competencies: ['initiative', 'innovation'],
  },
  {
    id: 'et-h17-13-kahe-veeruga-raadio-reklaamimuuk-agentuurid',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Tuhat Ükssada Kolmteist',
    email: 'reklaam.1113@example.net',
    phone: '+372 5699 3041',
    contactLines: ['Tallinn, Kalamaja'],
    tagline: 'Reklaamimüügi kliendijuht',
    headings: {
      contact: 'Kontakt',
      profile: 'Profiil',
      work: 'Kogemus',
      education: 'Haridus',
      certifications: 'Sertifikaadid',
      skills: 'Tugevused',
      languages: 'Keeled',
    },
    profile: [
      'Müün reklaami kahes raadiojaamas ja uudisportaalis. Minu hallata on 75 reklaamiandjat ja 6 meediaagentuuri ' +
        'üle Eesti; nende reklaamitellimused minu kaudu olid 2025. aastal 1,9 mln €. Kampaaniaid kinnitavad ' +
        'tavaliselt klientide turundusjuhid. Meediagrupi käive on 46 mln €.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Kliendijuht',
        'Põhjaraadio Meedia AS',
        '2021-01',
        null,
        true,
        '01/2021 – praegu',
        [
          'aastalepingud ja kampaaniapakkumised reklaamiandjatele ja agentuuridele',
          'raadio- ja veebikampaaniate kombineerimine, eriprojektid',
          'uute reklaamiandjate leidmine (2025: 19 uut)',
        ],
        'Tallinn',
      ),
      job(
        'Turundusspetsialist',
        'Linnauudised OÜ',
        '2017-03',
        '2020-12',
        false,
        '03/2017 – 12/2020',
        ['portaali enda turunduskampaaniad ja sotsiaalmeedia'],
        'Tallinn',
      ),
      job(
        'Müügiassistent',
        'Põhjaraadio Meedia AS',
        '2015-09',
        '2017-02',
        false,
        '09/2015 – 02/2017',
        ['kampaaniate eetriplaanid ja arved müügijuhtidele'],
        'Tallinn',
      ),
    ],
    education: [
      edu('ba', 'Tallinna Ülikool, kommunikatsioon, BA, 2012–2015', {
        field: 'kommunikatsioon',
        institution: 'Tallinna Ülikool',
        startYear: 2012,
        endYear: 2015,
      }),
    ],
    courses: [],
    certifications: [named('Google Ads Search', 'Google Ads Search (2024)')],
    languages: [
      lang('et', 'native', 'Eesti – emakeel'),
      lang('en', 'C1', 'Inglise – C1'),
      lang('ru', 'B2', 'Vene – B2'),
    ],
    skills: ['Veenmisoskus', 'Loovus', 'Suhtevõrgustik meediaagentuurides'],
    closing: [{ kind: 'paragraph', text: 'Meta Blueprint sertifikaat (2021) – aegus 2023.' }],
    clientBase: { activeAccounts: 81, annualRevenueEur: 1_900_000, segment: 'national' },
    competencies: ['innovation', 'persuasiveness', 'relationship_building'],
  },
  {
    id: 'et-h17-14-pealkirjadeta-vanimast-uuemani-pumbad-sillamae',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tuhat Ükssada Neliteist',
    email: 'k1114.sillamae@example.com',
    phone: '+372 5340 2281',
    contactLines: ['Sillamäe, Ida-Virumaa'],
    headings: { profile: '', work: '', education: '', courses: '', languages: '', skills: '' },
    profile: ['Müügiinsener – tööstuspumbad ja torustikuarmatuur. 27 aastat tööstuses, neist 11 müügis.'],
    jobStyle: 'inline',
    jobs: [
      {
        ...job('Keevitaja', 'Sillamäe Metall AS', '1999-08', '2006-03', false, '08.1999 – 03.2006'),
        lines: ['08.1999 – 03.2006   Keevitaja, Sillamäe Metall AS'],
      },
      {
        ...job('Vahetuse meister', 'Sillamäe Metall AS', '2006-04', '2011-12', false, '04.2006 – 12.2011'),
        lines: ['04.2006 – 12.2011   Vahetuse meister, Sillamäe Metall AS'],
      },
      {
        ...job('Hooldusinsener', 'Virupump OÜ', '2012-01', '2015-08', false, '01.2012 – 08.2015'),
        lines: ['01.2012 – 08.2015   Hooldusinsener, Virupump OÜ'],
        bullets: ['pumbajaamade hooldus ja remont klientide juures'],
      },
      {
        ...job('Müügiinsener', 'Virupump OÜ', '2015-09', null, true, '09.2015 – praegu'),
        lines: ['09.2015 – praegu   Müügiinsener, Virupump OÜ'],
        bullets: [
          'pumpade ja armatuuri pakkumised tööstusele, vee-ettevõtetele ja energeetikale',
          'minu kliendid: ca 55 tööstus- ja vee-ettevõtet Ida- ja Lääne-Virumaal, nende ostud 2025. aastal 2,7 mln €',
          'ostuotsuse teeb tavaliselt tehase tehnikadirektor, kellega lahendused läbi arutan',
          'koostöö meie hooldusinseneridega paigaldustööde ajakava koostamisel',
        ],
      },
    ],
    education: [
      edu('kutseharidus', '1996–1999 Sillamäe Tööstuskool – keevitaja, kutseharidus', {
        field: 'keevitaja',
        institution: 'Sillamäe Tööstuskool',
        startYear: 1996,
        endYear: 1999,
      }),
      edu('rakenduskõrgharidus', '2008–2012 TTÜ Virumaa Kolledž – tootmistehnika, rakenduskõrgharidus (kaugõpe)', {
        field: 'tootmistehnika',
        institution: 'TTÜ Virumaa Kolledž',
        startYear: 2008,
        endYear: 2012,
      }),
    ],
    courses: [
      named(
        'Pumpade valik ja dimensioneerimine',
        'Koolitus: pumpade valik ja dimensioneerimine (tootja koolitus, Taani), 2016',
      ),
    ],
    certifications: [],
    languages: [lang('ru', 'native', ''), lang('et', 'B2', ''), lang('en', 'B1', ''), lang('fi', 'A2', '')],
    languagesText: ['Keeled: vene (emakeel), eesti (B2), inglise (B1), soome (A2).'],
    skills: ['AutoCAD, MS Office, Directo', 'Juhiload B, C'],
    closing: [{ kind: 'paragraph', text: 'Keevitaja kutsetunnistus (tase 3) – kehtivus lõppes 2012.' }],
    clientBase: { activeAccounts: 55, annualRevenueEur: 2_700_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['teamwork'],
  },
  {
    id: 'et-h17-15-iga-too-uhel-real-toiduhulgimuuk-1991',
    format: 'pdf',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Tuhat Ükssada Viisteist',
    email: 'yksada.viisteist@example.org',
    phone: '+372 742 1183',
    contactLines: ['Tartu, Tähtvere'],
    headings: {
      profile: 'Lühidalt',
      work: 'Töökäik',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Tugevused',
    },
    profile: [
      '35 aastat kaubanduses: alustasin autojuhina, praegu vastutan toidukaupade hulgimüüja võtmeklientide eest.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Võtmekliendijuht', 'Lõunavara Hulgi AS', '2019', null, true, '2019 – praegu'),
        lines: [
          '2019 – praegu · Võtmekliendijuht · Lõunavara Hulgi AS · 14 klienti (kaubanduskettid ja hulgilaod) Eestis ' +
            'ja Lätis, nende ostud 2025: 9,6 mln €',
        ],
      },
      {
        ...job('Müügijuht', 'Lõunavara Hulgi AS', '2011', '2019', true, '2011 – 2019'),
        lines: ['2011 – 2019 · Müügijuht · Lõunavara Hulgi AS · 6 müügiesindajat, Lõuna-Eesti'],
      },
      {
        ...job('Piirkonnamüügijuht', 'Balti Piim AS', '2004', '2011', true, '2004 – 2011'),
        lines: ['2004 – 2011 · Piirkonnamüügijuht · Balti Piim AS · Tartu-, Põlva- ja Võrumaa kauplused'],
      },
      {
        ...job('Müügiesindaja', 'Emajõe Joogid AS', '1998', '2004', true, '1998 – 2004'),
        lines: ['1998 – 2004 · Müügiesindaja · Emajõe Joogid AS · toidupoed ja kohvikud Tartus'],
      },
      {
        ...job('Laojuhataja', 'Tartu Kaubabaas AS', '1994', '1998', false, '1994 – 1998'),
        lines: ['1994 – 1998 · Laojuhataja · Tartu Kaubabaas AS'],
      },
      {
        ...job('Autojuht-ekspediitor', 'Tartu Tarbijate Ühistu', '1991', '1994', false, '1991 – 1994'),
        lines: ['1991 – 1994 · Autojuht-ekspediitor · Tartu Tarbijate Ühistu'],
      },
    ],
    afterJobs: [{ kind: 'bullets', items: ['1989 – 1991 · Ajateenistus · Nõukogude armee'] }],
    education: [
      edu('bakalaureusekraad', 'Tartu Ülikool, majandusteadus, bakalaureusekraad (kaugõpe), 1996–2001', {
        field: 'majandusteadus',
        institution: 'Tartu Ülikool',
        startYear: 1996,
        endYear: 2001,
      }),
      edu('kutsekeskharidus', 'Tartu Kaubandustehnikum, kaubatundmine, keskeriharidus, 1985–1989', {
        field: 'kaubatundmine',
        institution: 'Tartu Kaubandustehnikum',
        startYear: 1985,
        endYear: 1989,
      }),
    ],
    courses: [
      named('Võtmekliendi haldamine', 'Võtmekliendi haldamine – Müügiakadeemia, 2015'),
      named('Juhtimise alused', 'Juhtimise alused – Tartu Ülikooli täienduskoolitus, 2011'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'Eesti keel – emakeel'),
      lang('ru', 'C1', 'Vene keel – C1'),
      lang('lv', 'B1', 'Läti keel – B1'),
      lang('en', 'B1', 'Inglise keel – B1'),
      lang('fi', 'A2', 'Soome keel – A2'),
    ],
    skills: ['Läbirääkimised kettidega', 'Meeskonnatöö', 'Directo, Excel'],
    clientBase: { activeAccounts: 14, annualRevenueEur: 9_600_000, segment: 'international' },
    competencies: ['negotiation', 'teamwork'],
  },
  {
    id: 'et-h17-16-kaks-tood-korraga-kohv-ja-olu-horeca',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tuhat Ükssada Kuusteist',
    email: 'k1116@example.net',
    phone: '+372 5618 2290',
    contactLines: ['Tallinn, Kalamaja'],
    headings: {
      profile: 'Lühidalt',
      work: 'Töökogemus',
      education: 'Haridus',
      certifications: 'Sertifikaadid',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Töötan korraga kahes kohas: kohviröstikojas kliendihaldurina (0,6 koormust) ja käsitööõlletehases ' +
        'müügiesindajana (0,4 koormust). Mõlemad müüvad samadele restoranidele, kohvikutele ja hotellidele, nii ' +
        'et külastan kliente korraga. Kokku on minu kliendibaasis 95 HoReCa-ettevõtet Tallinnas ja Harjumaal; ' +
        'ostuotsuse teeb tavaliselt omanik või peakokk. Nende ostud minult olid 2025. aastal kokku ligikaudu ' +
        '780 000 € (kohv 520 000 €, õlu 260 000 €).',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Kliendihaldur',
        'Röstikoda Uba OÜ',
        '2023-02',
        null,
        true,
        '02.2023 – praegu',
        ['kohviubade, masinarendi ja hoolduslepingute pakkumised', 'baristakoolitused klientide töötajatele'],
        'Tallinn (0,6 koormust)',
      ),
      job(
        'Müügiesindaja',
        'Kalamaja Käsitööõlu OÜ',
        '2023-05',
        null,
        true,
        'alates maist 2023',
        ['vaadi- ja pudeliõlle tellimused, uute kohtade leidmine', 'degustatsioonid ja joogikaardi kokkulepped'],
        'Tallinn (0,4 koormust, paralleelselt)',
      ),
      job(
        'Kohvikujuhataja',
        'Kohvik Kuldne Uba OÜ',
        '2018-03',
        '2023-01',
        false,
        '03.2018 – 01.2023',
        ['6 töötaja graafikud, sisseost, kassa ja inventuurid'],
        'Tallinn',
      ),
      job('Barista', 'Kohvik Kuldne Uba OÜ', '2015-09', '2018-02', false, '09.2015 – 02.2018', undefined, 'Tallinn'),
    ],
    education: [
      edu('kutseharidus', 'Tallinna Teeninduskool, toitlustusteenindus, kutseharidus, 2013–2015', {
        field: 'toitlustusteenindus',
        institution: 'Tallinna Teeninduskool',
        startYear: 2013,
        endYear: 2015,
      }),
    ],
    courses: [],
    certifications: [named('SCA Barista Skills – Intermediate', 'SCA Barista Skills – Intermediate (2019)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('ru', 'B1', 'vene – B1'),
      lang('sv', 'A2', 'rootsi – A2'),
    ],
    skills: ['Kliendikeskne', 'Ettevõtlik', 'Juhiluba B, oma auto'],
    closing: [{ kind: 'paragraph', text: 'SCA Roasting Foundation – kursus pooleli, eksam 2027.' }],
    clientBase: { activeAccounts: 95, annualRevenueEur: 780_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'entrepreneurship'],
  },
  {
    id: 'et-h17-17-pikk-vahe-lausega-pank-suhtejuht-tartu',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Tuhat Ükssada Seitseteist',
    email: 'k.1117@example.com',
    phone: '+372 5302 6649',
    contactLines: ['Tartu', 'Juhiluba B'],
    headings: {
      contact: 'Kontakt',
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Sertifikaadid',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Ärikliendi suhtejuht Lõuna-Eestis. Minu portfellis on 60 ettevõtet Tartu- ja Viljandimaal – peamiselt ' +
        'tootjad, põllumajandus ja kinnisvara. Portfelli laenujääk on 45 mln €, netotulu pangale oli 2025. aastal ' +
        '1,1 mln €. Kohtun regulaarselt ettevõtete omanike ja juhatuse liikmetega.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Ärikliendi suhtejuht',
        'Lõunapank AS',
        '2022-03',
        null,
        true,
        'alates 1. märtsist 2022',
        [
          'uute ettevõtete kaasamine ja olemasolevate klientidega aastakohtumised',
          'investeerimislaenud, arvelduslimiidid, liising ja kindlustus',
          'krediiditaotluste kaitsmine krediidikomitees',
        ],
        'Tartu',
      ),
      job(
        'Kliendihalduri assistent',
        'Lõunapank AS',
        '2019-10',
        '2022-02',
        false,
        '1. oktoober 2019 – 28. veebruar 2022',
        ['kahe suhtejuhi toetamine: lepingute vormistamine, klientide dokumentide kontroll'],
        'Tartu',
      ),
      job(
        'Eraklientide nõustaja',
        'Tartu Ühispank AS',
        '2009-06',
        '2014-05',
        true,
        'juuni 2009 – mai 2014',
        ['kodulaenude, hoiuste ja investeerimisfondide müük eraklientidele'],
        'Tartu',
      ),
      job('Klienditeenindaja', 'Tartu Ühispank AS', '2006', '2009', false, '2006 – 2009', undefined, 'Tartu'),
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text:
          'Juunist 2014 kuni septembrini 2019 elasin perega Münchenis, kus abikaasa töötas; olin kodune kahe väikese ' +
          'lapsega ja õppisin saksa keelt.',
      },
    ],
    education: [
      edu('magistrikraad', 'Tartu Ülikool, rahandus, magistrikraad, 2006–2008', {
        field: 'rahandus',
        institution: 'Tartu Ülikool',
        startYear: 2006,
        endYear: 2008,
      }),
      edu('bakalaureusekraad', 'Tartu Ülikool, majandusteadus, bakalaureusekraad, 2003–2006', {
        field: 'majandusteadus',
        institution: 'Tartu Ülikool',
        startYear: 2003,
        endYear: 2006,
      }),
    ],
    courses: [named('Krediidiriski juhtimine', 'Krediidiriski juhtimine (Pangaliit, 2023)')],
    certifications: [named('EFA', 'EFA (2012, resertifitseeritud 2023)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('de', 'B2', 'saksa – B2 (Goethe-Zertifikat B2, 2018)'),
      lang('ru', 'B1', 'vene – B1'),
    ],
    skills: ['Finantsanalüüs', 'Kliendisuhted', 'Täpsus ja usaldusväärsus'],
    clientBase: { activeAccounts: 60, annualRevenueEur: 1_100_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['financial_analysis', 'relationship_building'],
  },
  {
    id: 'et-h17-18-soome-tookohad-soome-keeles-ventilatsioon',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Tuhat Ükssada Kaheksateist',
    email: 'ventilatsioon.1118@example.org',
    phone: '+372 5871 0032',
    contactLines: ['Rae vald, Harjumaa', 'Soome tel: +358 40 718 2245'],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Load ja tunnistused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Ventilatsiooni- ja kliimaseadmete müügijuht. Töötasin kümme aastat Soomes, algul paigaldajana, seejärel ' +
        'müügis. Praegu on minu kliendid umbes 70 ehitusfirmat ja ventilatsioonipaigaldajat üle Eesti; nende ' +
        'ostud meilt olid 2025. aastal 3,8 mln €. Tarnija valivad ehitusfirmade hankejuhid, kellega hinnad ja ' +
        'tingimused kokku lepin.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Ajavahemik', title: 'Ametikoht', employer: 'Tööandja ja asukoht', duties: 'Töö sisu' },
    jobs: [
      job(
        'Müügijuht',
        'Ventek Baltic OÜ',
        '2019-09',
        null,
        true,
        'september 2019 – praegu',
        [
          'pakkumised ja hinnakokkulepped ehitusfirmadele',
          'objektide projektide läbivaatus koos projekteerijatega',
          'paigaldajate koolitused ja tootetutvustused',
        ],
        'Tallinn',
      ),
      job(
        'Myyntiedustaja',
        'IV-Tekniikka Oy',
        '2013-03',
        '2019-08',
        true,
        'maaliskuu 2013 – elokuu 2019',
        [
          'IV-koneiden ja -tarvikkeiden myynti urakoitsijoille ja rautakaupoille pääkaupunkiseudulla',
          'tarjouslaskenta, asiakaskäynnit ja messut',
          'vuosimyynti n. 2,1 milj. €',
        ],
        'Vantaa, Suomi',
      ),
      job(
        'Asentaja',
        'Ilmastointiasennus Virtanen Oy',
        '2009-06',
        '2013-02',
        false,
        'kesäkuu 2009 – helmikuu 2013',
        ['IV-järjestelmien asennus uudiskohteisiin ja saneerauksiin'],
        'Espoo, Suomi',
      ),
      job('Ehitustööline', 'Harju Ehitus OÜ', '2006', '2009', false, '2006 – 2009', undefined, 'Tallinn'),
    ],
    education: [
      edu('kutseharidus', 'Tallinna Ehituskool, ventilatsioonisüsteemide paigaldaja, kutseharidus, 2004–2006', {
        field: 'ventilatsioonisüsteemide paigaldaja',
        institution: 'Tallinna Ehituskool',
        startYear: 2004,
        endYear: 2006,
      }),
      edu(
        'vocational',
        'Ammattiopisto Varia, Vantaa – liiketalouden perustutkinto (merkonomi), oppisopimus, 2015–2017',
        {
          field: 'liiketalouden perustutkinto',
          institution: 'Ammattiopisto Varia',
          startYear: 2015,
          endYear: 2017,
        },
      ),
    ],
    courses: [
      named(
        'Ventilatsioonisüsteemide projekteerimise alused',
        'Ventilatsioonisüsteemide projekteerimise alused (TalTechi täienduskoolitus, 2020)',
      ),
    ],
    certifications: [named('Tulityökortti', 'Tulityökortti (tuletööde tunnistus, kehtib 2027)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('fi', 'C1', 'soome – C1'),
      lang('ru', 'B1', 'vene – B1'),
      lang('en', 'B1', 'inglise – B1'),
    ],
    skills: ['Tehniline müük', 'Läbirääkimised', 'MagiCAD, AutoCAD (jooniste lugemine)'],
    closing: [{ kind: 'paragraph', text: 'Työturvallisuuskortti (Soome tööohutuskaart) – kehtivus lõppes 2020.' }],
    clientBase: { activeAccounts: 70, annualRevenueEur: 3_800_000, segment: 'national', decisionMakers: true },
    competencies: ['negotiation', 'sales'],
  },
  {
    id: 'et-h17-19-kuupaevad-loigu-lopus-muugiagronoom-virumaa',
    format: 'pdf',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Tuhat Ükssada Üheksateist',
    email: 'agro1119@example.com',
    phone: '+372 5330 7815',
    contactLines: ['Rakvere'],
    headings: {
      profile: 'Lühidalt',
      work: 'Töö',
      education: 'Haridus',
      certifications: 'Tunnistused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: ['Agronoom, kes müüb: kolm aastat laboris, kuus aastat põllul ja alates 2017 müügiagronoom.'],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Müügiagronoom', 'Virumaa Agro AS', '2017-03', null, true, 'märtsist 2017 tänaseni'),
        lines: [
          'Müügiagronoom, Virumaa Agro AS, Rakvere. Nõustan ja varustan 85 teravilja- ja piimafarmi Lääne- ja ' +
            'Ida-Virumaal: väetised, seemned, taimekaitse. Farmide ostud minu kaudu olid 2025. aastal 4,3 mln €; ' +
            'ostuotsused teevad farmide omanikud ja juhatajad. Virumaa Agro käive on 60 mln €. (märtsist 2017 ' +
            'tänaseni)',
        ],
      },
      {
        ...job('Agronoom', 'Kadrina Põllud OÜ', '2011-04', '2017-02', false, 'aprillist 2011 veebruarini 2017'),
        lines: [
          'Agronoom, Kadrina Põllud OÜ. Taimekasvatuse planeerimine 1 800 ha-l, väetamis- ja taimekaitseplaanid, ' +
            'põldkatsed koos Eesti Maaülikooliga. Töötasin seal aprillist 2011 veebruarini 2017.',
        ],
      },
      {
        ...job(
          'Laborant',
          'Põllumajandusuuringute Keskus',
          '2008-09',
          '2011-03',
          false,
          '2008. aasta septembrist 2011. aasta märtsini',
        ),
        lines: [
          'Laborant, Põllumajandusuuringute Keskus, Saku. Mulla- ja taimeproovide analüüsid. (2008. aasta ' +
            'septembrist 2011. aasta märtsini)',
        ],
      },
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Kaitseliidu Viru maleva liige alates 2010.' }],
    education: [
      edu('magistrikraad', 'Eesti Maaülikool, taimekasvatus, magistrikraad, 2006–2008', {
        field: 'taimekasvatus',
        institution: 'Eesti Maaülikool',
        startYear: 2006,
        endYear: 2008,
      }),
      edu('bakalaureusekraad', 'Eesti Maaülikool, põllumajandus, bakalaureusekraad, 2003–2006', {
        field: 'põllumajandus',
        institution: 'Eesti Maaülikool',
        startYear: 2003,
        endYear: 2006,
      }),
    ],
    courses: [],
    certifications: [named('Põllumajandusnõustaja, tase 6', 'Kutsetunnistus: Põllumajandusnõustaja, tase 6 (2019)')],
    languages: [lang('et', 'native', ''), lang('ru', 'B2', ''), lang('en', 'B2', ''), lang('de', 'A2', '')],
    languagesText: [
      'Emakeel eesti. Vene keelt räägin hästi, inglise keel on töö jaoks piisav (B2), saksa keelt oskan algtasemel.',
    ],
    skills: ['Analüüsivõime', 'Suhtlemisoskus', 'Juhiload B, T'],
    clientBase: { activeAccounts: 85, annualRevenueEur: 4_300_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'communication', 'organisation'],
  },
  {
    id: 'et-h17-20-paiseta-tabel-avalik-sektor-koolimoobel',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Tuhat Ükssada Kakskümmend',
    email: 'tuhat1120@example.net',
    phone: '+372 5256 4430',
    contactLines: ['Tartu'],
    headings: {
      profile: 'Tutvustus',
      work: 'Töökogemus',
      workTable: ['', '', ''],
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeleoskus',
      skills: 'Oskused',
    },
    profile: [
      'Müün kontorimööblit, õppevahendeid ja kontoritarbeid koolidele, lasteaedadele ja omavalitsustele. Minu ' +
        'vastutusel on 120 avaliku sektori klienti, peamiselt Lõuna-Eestis; raamlepingute maht minu klientidega on ' +
        '2,3 mln € aastas. Kuna töötasin ise viis aastat linna hankespetsialistina, tean, kuidas hankeid ' +
        'kirjutatakse ja hinnatakse.',
    ],
    jobStyle: 'table',
    workTableOrder: ['period', 'title', 'employer'],
    jobs: [
      job('Avaliku sektori müügijuht', 'Büroomaailm AS', '2021-08', null, true, '08.2021 – …', [
        'hangete jälgimine ja pakkumiste koostamine',
        'raamlepingute alusel minikonkursid',
        'koolide sisustusprojektid koos sisearhitektiga',
      ]),
      job('Hankespetsialist', 'Tartu Linnavalitsus', '2016-01', '2021-07', false, '01.2016 – 07.2021', [
        'linna hangete ettevalmistamine (mööbel, IT-seadmed, toitlustus)',
      ]),
      job('Klassiõpetaja', 'Tartu Tammelinna Kool', '2010-08', '2015-12', false, '08.2010 – 12.2015'),
    ],
    education: [
      edu('magistrikraad', 'Tartu Ülikool, klassiõpetaja, magistrikraad, 2005–2010', {
        field: 'klassiõpetaja',
        institution: 'Tartu Ülikool',
        startYear: 2005,
        endYear: 2010,
      }),
    ],
    courses: [named('Riigihangete seadus ja praktika', 'Riigihangete seadus ja praktika (Rahandusministeerium, 2017)')],
    certifications: [],
    languages: [lang('et', 'native', ''), lang('en', 'B2', ''), lang('ru', 'B1', ''), lang('fi', 'A1', '')],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Keel', 'Kuulamine', 'Lugemine', 'Suuline suhtlus', 'Suuline esitus', 'Kirjutamine'],
        rows: [
          ['eesti', 'emakeel', 'emakeel', 'emakeel', 'emakeel', 'emakeel'],
          ['inglise', 'B2', 'C1', 'B2', 'B2', 'B1'],
          ['vene', 'B1', 'A2', 'B1', 'B1', 'A2'],
          ['soome', 'A2', 'A2', 'A1', 'A1', 'A1'],
        ],
      },
    ],
    skills: ['Korrektne ja täpne', 'Planeerimine ja organiseerimine', 'Riigihangete register, MS Office'],
    closing: [
      {
        kind: 'paragraph',
        text: 'Hankespetsialisti kutsetunnistuse (tase 6) taotlus on esitatud 2026. aastal, otsust veel ei ole.',
      },
    ],
    clientBase: { activeAccounts: 120, annualRevenueEur: 2_300_000 },
    competencies: ['organisation'],
  },
  {
    id: 'et-h17-21-praegune-too-ainult-profiilis-it-ariarendus-pohjamaad',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tuhat Ükssada Kakskümmend Üks',
    email: 'k1121.it@example.org',
    phone: null,
    contactLines: ['Tallinn', 'linkedin.example.com/in/k1121'],
    headings: {
      work: 'Profiil',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('äriarendusjuht', 'Koodikoda OÜ', '2022-10', null, true, 'Alates 2022. aasta oktoobrist'),
        lines: [
          'Alates 2022. aasta oktoobrist olen Koodikoda OÜ äriarendusjuht ja vastutan Põhjamaade turu eest. Leian ' +
            'tarkvaraarenduse projekte Rootsi ja Norra ettevõtetele ning hoian suhteid olemasolevate klientidega – ' +
            'praegu on mul 18 aktiivset klienti, kelle tellimused olid 2025. aastal kokku 29 mln SEK ja 4 mln NOK. ' +
            'Lepingud allkirjastavad klientide tehnoloogiajuhid ja tegevjuhid, kellega ka tingimused kokku lepin. ' +
            'Enne seda olin kaheksa aastat telekomis ja IT-hulgimüügis.',
        ],
      },
      {
        ...job('Account Manager', 'IT Hulgi AS', '2018-03', '2022-09', true, '03.2018 – 09.2022'),
        lines: ['', 'VARASEM TÖÖKOGEMUS', '03.2018 – 09.2022  Account Manager, IT Hulgi AS'],
        bullets: [
          '40 edasimüüjat ja IT-partnerit üle Eesti: riistvara, litsentsid, pilveteenused',
          'partnerite kvartaalsed eesmärgid ja hinnakokkulepped',
        ],
      },
      {
        ...job('Ärikliendi müügiesindaja', 'Baltcom Mobiil AS', '2016-01', '2018-02', true, '01.2016 – 02.2018'),
        lines: ['01.2016 – 02.2018  Ärikliendi müügiesindaja, Baltcom Mobiil AS'],
      },
      {
        ...job('Klienditoe spetsialist', 'Baltcom Mobiil AS', '2014-06', '2015-12', false, '06.2014 – 12.2015'),
        lines: ['06.2014 – 12.2015  Klienditoe spetsialist, Baltcom Mobiil AS'],
      },
    ],
    education: [
      edu('bakalaureus', 'Tallinna Tehnikaülikool, informaatika, bakalaureus (2010–2014)', {
        field: 'informaatika',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2010,
        endYear: 2014,
      }),
    ],
    courses: [named('The Challenger Sale', 'The Challenger Sale – kahepäevane koolitus (2021)')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('ru', 'B2', 'vene – B2'),
      lang('sv', 'B1', 'rootsi – B1'),
    ],
    skills: ['Ettevõtlik', 'Suhete loomine', 'HubSpot, Pipedrive, LinkedIn Sales Navigator'],
    clientBase: { activeAccounts: 18, segment: 'international', decisionMakers: true },
    competencies: ['entrepreneurship', 'relationship_building'],
  },
  {
    id: 'et-h17-22-mittetood-nimekirjas-ravimiesindaja-harjumaa',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tuhat Ükssada Kakskümmend Kaks',
    email: 'ravim.1122@example.com',
    phone: '+372 5126 9904',
    contactLines: ['Harku vald, Harjumaa'],
    headings: {
      profile: 'Profiil',
      work: 'Töö ja muu tegevus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Ravimiesindaja kardioloogia ja diabeedi valdkonnas. Külastan umbes 110 perearstikeskust ja 30 apteeki ' +
        'Harju- ja Raplamaal. Piirkonna retseptiravimite müük kasvas 2025. aastal 12%. Olen ise farmatseut ja ' +
        'töötanud apteegis, seega räägin arstide ja apteekritega ühes keeles.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Ravimiesindaja', 'CardioPharm Baltics OÜ', '2021-05', null, true, 'V 2021 – praegu'),
        lines: ['V 2021 – praegu', 'Ravimiesindaja – CardioPharm Baltics OÜ'],
        bullets: [
          'perearstide, kardioloogide ja apteekide külastamine (8–10 visiiti päevas)',
          'koolitusõhtud perearstikeskustes',
          'piirkonna tegevusplaan ja CRM-aruandlus',
        ],
      },
      {
        ...job('Ravimiesindaja', 'Nordfarm AS', '2014-04', '2019-09', true, 'IV 2014 – IX 2019'),
        lines: [
          'X 2019 – IV 2021',
          'Lapsehoolduspuhkus (teine laps)',
          'IV 2014 – IX 2019',
          'Ravimiesindaja – Nordfarm AS',
        ],
        bullets: ['perearstikeskused ja apteegid Tallinnas', 'vahepeal lapsehoolduspuhkusel 2016–2017 (esimene laps)'],
      },
      {
        ...job('Farmatseut', 'Lille Apteek OÜ', '2009-06', '2014-03', false, 'VI 2009 – III 2014'),
        lines: [
          '2012 – 2014',
          'Juhatuse liige (vabatahtlik) – Noorte Farmatseutide Ühendus MTÜ',
          'VI 2009 – III 2014',
          'Farmatseut – Lille Apteek OÜ',
        ],
      },
    ],
    afterJobs: [
      { kind: 'paragraph', text: '2020 – praegu' },
      { kind: 'paragraph', text: 'Vabatahtlik – Toidupank MTÜ (toiduabi jagamine kord kuus)' },
    ],
    education: [
      edu('rakenduskõrgharidus', 'Tallinna Tervishoiu Kõrgkool, farmaatsia, rakenduskõrgharidus, 2006–2009', {
        field: 'farmaatsia',
        institution: 'Tallinna Tervishoiu Kõrgkool',
        startYear: 2006,
        endYear: 2009,
      }),
    ],
    courses: [
      named('Kardioloogia alused ravimiesindajatele', 'Kardioloogia alused ravimiesindajatele (2021)'),
      named('Ravimireklaami nõuded', 'Ravimireklaami nõuded – Ravimiamet, 2022'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('ru', 'C1', 'vene keel – C1'),
      lang('en', 'B2', 'inglise keel – B2'),
      lang('fi', 'A2', 'soome keel – A2'),
    ],
    skills: ['Suhtlemisoskus', 'Planeerimine ja organiseerimine', 'Pingekindel'],
    clientBase: { activeAccounts: 140, segment: 'regional_smb' },
    competencies: ['communication', 'organisation', 'stress_resistance'],
  },
  {
    id: 'et-h17-23-uks-tooandja-mitu-rolli-joogid-ketid',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Kandidaat Tuhat Ükssada Kakskümmend Kolm',
    email: 'joogid.1123@example.net',
    phone: '+372 5045 7719',
    contactLines: ['Tallinn, Haabersti'],
    headings: {
      contact: 'Kontakt',
      profile: 'Kokkuvõte',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Joogitootja võtmekliendijuht, viimased 17 aastat samas ettevõttes – müügiesindajast piirkonnamüügijuhi ' +
        'kaudu võtmekliendijuhiks. Vastutan 5 jaekaubanduse keti ja 2 hulgimüüja eest üle Eesti (kettidel kokku ' +
        '380 kauplust); minu klientide ostud olid 2025. aastal 11,5 mln €. Aastaläbirääkimisi pean kettide ' +
        'ostujuhtidega, kes otsustavad sortimendi. Ettevõtte käive on 95 mln €.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Võtmekliendijuht', 'Põhjamaa Joogid AS', '2019', null, true, '2019 – praegu'),
        lines: ['Põhjamaa Joogid AS, Tallinn · 2009 – praegu', 'Võtmekliendijuht · 2019 – praegu'],
        bullets: [
          'aastalepingud, kampaaniakalendrid ja riiuliplaanid 7 võtmekliendiga',
          'uute toodete lisamine kettide sortimenti',
          'kvartaalsed äriülevaated kettide ostu- ja kategooriajuhtidega',
        ],
      },
      {
        ...job('Piirkonnamüügijuht', 'Põhjamaa Joogid AS', '2014', '2019', true, '2014 – 2019'),
        lines: ['Piirkonnamüügijuht · 2014 – 2019'],
        bullets: [
          'Põhja-Eesti kauplused ja HoReCa, 4 müügiesindaja juhendamine',
          'piirkonna müügiplaan ja hinnatingimused',
        ],
      },
      {
        ...job('Müügiesindaja', 'Põhjamaa Joogid AS', '2009', '2014', true, '2009 – 2014'),
        lines: ['Müügiesindaja · 2009 – 2014'],
        bullets: ['Tallinna toidupoed, kioskid ja kohvikud'],
      },
      job(
        'Müüja',
        'Säästukas OÜ',
        '2006',
        '2009',
        true,
        '2006 – 2009',
        ['õpingute kõrvalt, osalise koormusega'],
        'Tallinn',
      ),
    ],
    education: [
      edu('bakalaureusekraad', 'Tallinna Tehnikaülikool, ärikorraldus, bakalaureusekraad (õhtuõpe), 2005–2009', {
        field: 'ärikorraldus',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2005,
        endYear: 2009,
      }),
      edu('keskharidus', 'Tallinna Haabersti Vene Gümnaasium, keskharidus, 2005', {
        institution: 'Tallinna Haabersti Vene Gümnaasium',
        endYear: 2005,
      }),
    ],
    courses: [named('Kategooriajuhtimine', 'Kategooriajuhtimine (ECR Baltic, 2020)')],
    certifications: [],
    languages: [
      lang('ru', 'native', 'Vene – emakeel'),
      lang('et', 'C1', 'Eesti – C1'),
      lang('en', 'B2', 'Inglise – B2'),
      lang('uk', 'B1', 'Ukraina – B1'),
    ],
    skills: ['Läbirääkimisoskus', 'Analüüsivõime (Excel, NielsenIQ)', 'Meeskonna juhendamine'],
    clientBase: { activeAccounts: 7, annualRevenueEur: 11_500_000, segment: 'national', decisionMakers: true },
    competencies: ['analytical', 'coaching', 'negotiation'],
  },
  {
    id: 'et-h17-24-kaks-jaotist-muugis-ja-muu-autoesindus',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tuhat Ükssada Kakskümmend Neli',
    email: 'k1124.autod@example.org',
    phone: '+372 5372 1560',
    contactLines: ['Tartu'],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus müügis',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Ärikliendi müügijuht autoesinduses. Minu portfellis on 60 ettevõtet Tartu-, Viljandi- ja Valgamaal, kelle ' +
        'autopargis on kokku ligi 900 sõidukit; aastas müün neile 150–180 uut autot, enamasti kasutusrendiga. ' +
        'Ostuotsuse teevad enamasti omanikud või tegevjuhid. Esinduse käive on 38 mln €.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Ärikliendi müügijuht',
        'Autokeskus Lõuna AS',
        '2020-02',
        null,
        true,
        'veebruar 2020 – nüüd',
        [
          'sõidukite ja kasutusrendi pakkumised ettevõtetele',
          'autopargi uuendamise plaanid koos klientidega',
          'liisingu- ja kindlustuspakkumised koos finantspartneritega',
        ],
        'Tartu',
      ),
      job(
        'Müügikonsultant',
        'Autokeskus Lõuna AS',
        '2015-05',
        '2020-01',
        true,
        'mai 2015 – jaanuar 2020',
        ['uute ja kasutatud autode müügitehingud eraklientidega, proovisõidud, vahetusautode hindamine'],
        'Tartu',
      ),
      {
        ...job('Autoremondilukksepp', 'Tartu Autoremont OÜ', '2009-08', '2015-04', false, 'august 2009 – aprill 2015'),
        lines: ['', 'MUU TÖÖKOGEMUS', 'Autoremondilukksepp', 'Tartu Autoremont OÜ | august 2009 – aprill 2015'],
      },
      {
        ...job('Laotöötaja', 'Lõuna Rehvid OÜ', '2006', '2008', false, 'suved 2006–2008'),
        lines: [
          'Ajateenistus',
          'Kaitsevägi, Kuperjanovi jalaväepataljon | 07.2008 – 06.2009',
          'Laotöötaja',
          'Lõuna Rehvid OÜ | suved 2006–2008',
        ],
      },
    ],
    education: [
      edu('kutseharidus', 'Tartu Kutsehariduskeskus, autotehnik, kutseharidus, 2005–2008', {
        field: 'autotehnik',
        institution: 'Tartu Kutsehariduskeskus',
        startYear: 2005,
        endYear: 2008,
      }),
    ],
    courses: [named('Ärikliendi müük ja kasutusrent', 'Ärikliendi müük ja kasutusrent – importööri koolitus, 2021')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B2', 'vene – hea'),
      lang('en', 'B2', 'inglise – hea'),
      lang('fi', 'A2', 'soome – algtase'),
    ],
    skills: ['Läbirääkimised', 'Tehniline taust', 'Kliendisuhted', 'Juhiload B, C'],
    clientBase: { activeAccounts: 60, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building'],
  },
  {
    id: 'et-h17-25-oma-firma-kui-too-kalatooted-ketid',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tuhat Ükssada Kakskümmend Viis',
    email: 'kala.1125@example.com',
    phone: '+372 5919 3378',
    contactLines: ['Kuressaare / Tallinn'],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Kalatööstuse võtmekliendijuht. Vastutan 6 jaeketi eest Eestis ja Lätis (kettidel kokku ligi 520 kauplust); ' +
        'nende ostud meilt olid 2025. aastal 7,8 mln €. Aastalepingud ja kampaaniad lepin kokku kettide ' +
        'kategooriajuhtidega, kes otsustavad sortimendi. Tooraine ostame peamiselt Norrast, umbes 40 mln NOK ' +
        'aastas. Enne seda ajasin seitse aastat oma kalahulgimüügi firmat.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Key Account Manager',
        'Saare Kalatööstus AS',
        '2021-06',
        null,
        true,
        'juuni 2021 – praegu',
        [
          'aastalepingud, hinnaläbirääkimised ja kampaaniaplaanid kettidega',
          'uued tooted kettide sortimendis (2025: 9 uut toodet)',
          'tarnete ja prognooside kooskõlastamine tootmisega',
        ],
        'Kuressaare',
      ),
      job(
        'Juhatuse liige',
        'Kalakaupmees OÜ',
        '2014-03',
        '2021-05',
        true,
        'märts 2014 – mai 2021',
        [
          'asutasin kalahulgimüügi ettevõtte ja müüsin ise: umbes 70 restorani ja hotelli Tallinnas ja Saaremaal',
          'sisseost kaluritelt ja kalakasvandustest, logistika, hinnakirjad',
          'firmas töötas peale minu kaks inimest; 2021 müüsin kliendibaasi konkurendile ja firma suleti',
        ],
        'Tallinn (oma ettevõte)',
      ),
      job(
        'Kokk',
        'Restoran Merekarp OÜ',
        '2008-09',
        '2014-02',
        false,
        'september 2008 – veebruar 2014',
        undefined,
        'Tallinn',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Vabatahtlik tegevus' },
      {
        kind: 'paragraph',
        text: 'Juhatuse liige – Kuressaare Merepäevade MTÜ, 2018 – praegu (suvise laadapäeva korraldamine)',
      },
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Eesti Ettevõtluskõrgkool Mainor, ärijuhtimine, rakenduskõrgharidus (sessioonõpe), 2015–2019',
        { field: 'ärijuhtimine', institution: 'Eesti Ettevõtluskõrgkool Mainor', startYear: 2015, endYear: 2019 },
      ),
      edu('kutseharidus', 'Kuressaare Ametikool, kokk, kutseharidus, 2005–2008', {
        field: 'kokk',
        institution: 'Kuressaare Ametikool',
        startYear: 2005,
        endYear: 2008,
      }),
    ],
    courses: [named('Toiduhügieen ja HACCP', 'Toiduhügieen ja HACCP, 2014')],
    certifications: [],
    languages: [lang('et', 'native', ''), lang('en', 'B2', ''), lang('ru', 'B1', ''), lang('lv', 'A2', '')],
    languagesText: [
      'Emakeel on eesti keel. Inglise keeles suhtlen vabalt (B2), vene keelt räägin suhtlustasemel, läti keelt ' +
        'natuke (A2).',
    ],
    skills: ['Ettevõtlik', 'Läbirääkimised', 'Kalatoodete ja külmaahela tundmine'],
    clientBase: { activeAccounts: 6, annualRevenueEur: 7_800_000, segment: 'international', decisionMakers: true },
    competencies: ['entrepreneurship', 'negotiation'],
  },
  {
    id: 'et-h17-26-kvartalid-ja-aasta-lopp-sisemuuk-kindlustus-ei-portfelli',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Tuhat Ükssada Kakskümmend Kuus',
    email: 'tuhat.yksada.kakskymmend.kuus@example.com',
    phone: '+372 5820 0413',
    contactLines: ['Tallinn, Lasnamäe'],
    headings: {
      profile: 'Tutvustus',
      work: 'Töökogemus',
      workTable: ['Ametikoht', 'Firma', 'Millal'],
      education: 'Haridus',
      certifications: 'Sertifikaadid',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Müün telefoni teel väikeettevõtetele vara- ja vastutuskindlustust. Kuu eesmärk on 40 uut poliisi; ' +
        'pikaajalist portfelli ma ei halda – sõlmitud lepingud lähevad üle kliendihalduritele. Meie sisemüügi ' +
        'osakonna aastane kindlustusmaksete maht on 12 mln €. Õpin kõrvalt Tallinna Tehnikaülikoolis ' +
        'ärikorraldust (lõpetan 2027).',
    ],
    jobStyle: 'table',
    workTableOrder: ['title', 'employer', 'period'],
    jobs: [
      job('Inside Sales Specialist', 'Kindel Kindlustus AS', '2024', null, true, 'II kv 2024 – praegu', [
        'väikeettevõtete vara- ja vastutuskindlustuse pakkumised telefonis',
        'veebipäringute läbitöötamine samal päeval',
        'sõlmitud lepingute üleandmine kliendihalduritele',
      ]),
      job('Telemüügikonsultant', 'Kindel Kindlustus AS', '2023-01', '2024', true, 'jaanuar 2023 – I kv 2024', [
        'reisi- ja kodukindlustuse pakkumine eraisikutele telefoni teel',
      ]),
      job('Klienditeenindaja', 'Reisikeskus Päike OÜ', '2021-06', '2022', false, 'juuni 2021 – 2022. aasta lõpuni'),
      job('Rannavalvur', 'Pirita Rannavalve OÜ', '2018', '2020', false, 'suved 2018–2020'),
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: 'Vaheaasta: september 2020 – mai 2021 reisisin Lõuna-Ameerikas ja õppisin hispaania keelt.',
      },
    ],
    education: [
      edu('üldkeskharidus', 'Tallinna Pae Gümnaasium, üldkeskharidus, 2018', {
        institution: 'Tallinna Pae Gümnaasium',
        endYear: 2018,
      }),
    ],
    courses: [],
    certifications: [named('Kindlustusspetsialist, tase 5', 'Kindlustusspetsialist, tase 5 (kutsetunnistus, 2024)')],
    languages: [
      lang('ru', 'native', 'vene – emakeel'),
      lang('et', 'C1', 'eesti – C1 (riigieksam 2018)'),
      lang('en', 'B2', 'inglise – B2'),
      lang('es', 'A2', 'hispaania – A2'),
    ],
    skills: ['Pingekindel', 'Suhtlemisoskus', 'Salesforce, Genesys'],
    closing: [{ kind: 'paragraph', text: 'EFA eksam on planeeritud 2027. aasta kevadeks.' }],
    clientBase: null,
    competencies: ['communication', 'stress_resistance'],
  },
];

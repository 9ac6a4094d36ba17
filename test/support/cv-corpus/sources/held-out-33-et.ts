import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The thirty-third held-out set's Estonian CVs: CVs of every length as people in Estonia write them in 2026 – one-page
 * CVs with only the essentials, long CVs of three or more pages that list every job since school with courses,
 * certificates, references and hobbies, a few typed straight into a job portal's free-text field or into an e-mail,
 * and a few that the applicant converted from PDF to Word. The people sell pest control, vending machines, office
 * plants, farm cheese, water treatment, parking, school catering, job ads, bicycles, video surveillance, kitchen
 * furniture, fishing tackle, event tents, sauna stoves, craft spirits, dental lab work, steel structures, sports floors,
 * salon cosmetics, property management, fresh produce, IT training, geotextiles, entrance mats and chimneys.
 */
export const HELD_OUT_33_ET: CvSource[] = [
  {
    id: 'et-h33-01-pdf-uks-lehekulg-kahjuritorje-kliendihaldur-tehnikust-tallinn',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tina Üks',
    email: 'tina.yks3301@example.com',
    phone: '+372 5342 7719',
    contactLines: ['Tallinn'],
    tagline: 'Kliendihaldur – kahjuritõrje ettevõtetele',
    headings: { profile: 'Lühidalt' },
    profile: [
      'Haldan toiduettevõtete, restoranide ja ladude kahjuritõrjelepinguid Tallinnas ja Harjumaal: 140 lepingulist ' +
        'klienti, lepingute aastane maht 420 000 €. Enne kliendihalduriks saamist töötasin neli aastat ise tehnikuna, ' +
        'nii et tean, mida toiduameti inspektor kliendi HACCP kaustast otsib.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job('Kliendihaldur', 'Kahjurikaitse Põhja OÜ', '2021-03', null, true, '03/2021 – praegu', [
        'hoolduslepingute sõlmimine ja pikendamine',
        'objektide ülevaatus ja hinnapakkumised uutele klientidele',
        'kaebuste ja erakorraliste väljakutsete lahendamine koos tehnikutega',
      ]),
      job('Kahjuritõrjetehnik', 'Kahjurikaitse Põhja OÜ', '2017-02', '2021-02', false, '02/2017 – 02/2021', [
        'näriliste ja putukate tõrje, seireraportid klientidele',
      ]),
      job('Laotöötaja', 'Kaubaring AS', '2014', '2017', false, '2014 – 2017'),
    ],
    education: [
      edu('keskharidus', 'Tallinna Lilleküla Gümnaasium, keskharidus, 2013', {
        institution: 'Tallinna Lilleküla Gümnaasium',
        endYear: 2013,
      }),
    ],
    courses: [named('Biotsiidide kasutamine kahjuritõrjes', 'Biotsiidide kasutamine kahjuritõrjes, 2017')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B2', 'vene – B2'),
      lang('en', 'B1', 'inglise – B1'),
    ],
    skills: ['Kliendikesksus', 'Excel, Pipedrive', 'Juhiload B'],
    clientBase: { activeAccounts: 140, annualRevenueEur: 420_000, segment: 'regional_smb' },
    competencies: ['customer_focus'],
  },
  {
    id: 'et-h33-02-word-pikk-koik-tood-koolist-muugiautomaadid-votmekliendihaldur-soovitajad',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tina Kaks',
    nameLine: 'CV – Kandidaat Tina Kaks',
    email: 'tina.kaks3302@example.org',
    phone: '+372 5518 2204',
    contactLines: ['Tallinn, Nõmme', 'Sündinud 1972'],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused ja kursused',
      languages: 'Keeleoskus',
      skills: 'Oskused ja isikuomadused',
    },
    profile: [
      'Olen töötanud kaubanduses ja müügis 1991. aastast – alustasin kohvikus ja kaubamaja letis, olin üle kümne aasta ' +
        'snäkkide ja jookide müügiesindaja ning piirkonna müügijuht ja olen alates 2010. aastast müügiautomaatide ' +
        'ettevõttes. Praegu olen võtmekliendihaldur: minu vastutada on 38 võtmeklienti üle Eesti – suured kontorid, ' +
        'tehased, haiglad ja ülikoolid, kelle ruumides on kokku 640 meie kohvi-, snäki- ja toiduautomaati. 2025. ' +
        'aastal tõid need kliendid meile 1,9 mln € käivet.',

      'Lepingud sõlmin haldusjuhtide ja juhatuse liikmetega, kes ostuotsuse teevad; igapäevaselt suhtlen ka ' +
        'büroojuhtidega, kes annavad tagasisidet tootevaliku kohta. Mulle meeldib, kui klient püsib aastaid – kolm ' +
        'minu suuremat klienti on olnud meiega üle kümne aasta.',
      'Otsin nüüd uut väljakutset: tahaksin jätkata võtmeklientidega, kuid suurema tootevalikuga ettevõttes. Olen ' +
        'rahulik, täpne ja lubadusi pidav; kolleegid ütlevad, et minuga on lihtne koos töötada.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Võtmekliendihaldur',
        'Vendo Teenused OÜ',
        '2016-01',
        null,
        true,
        'jaanuar 2016 – praegu',
        [
          '38 võtmekliendi lepingud, hinnad ja aastaplaanid',
          'automaatide paigutuse ja tootevaliku kokkuleppimine koos tehnikute ja laoga',
          'hangetes osalemine (haiglad, ülikoolid), pakkumiste koostamine',
          'kvartaalsed kohtumised klientidega, müügiaruanded automaatide kaupa',
          'uute kliendihaldurite juhendamine esimestel kuudel',
          'ettevõttel on üle Eesti ligi 1 900 automaati ja aastas müüakse neist umbes 1,1 miljonit portsjonit',
          'saavutused: 2019. aastal võitsin kahe ülikooli hanke (kokku 74 automaati), 2023. aastal viisin kõik ' +
            'võtmekliendid üle kaardimaksele',
        ],
        'Tallinn',
      ),
      job(
        'Kliendihaldur',
        'Vendo Teenused OÜ',
        '2010-03',
        '2015-12',
        true,
        'märts 2010 – detsember 2015',
        [
          'väiksemad ja keskmised kliendid Tallinnas ja Harjumaal, lõpuks umbes 120 ettevõtet',
          'uute klientide leidmine külmkõnede ja soovituste kaudu, automaatide paigaldus ja lepingud',
          'tootevaliku muutmine müüginumbrite järgi, koostöös laoga',
          'esimese kolme aastaga kasvas minu piirkonna automaatide arv 180-lt 310-le',
          '2014. aastal ettevõtte parim kliendihaldur',
          'automaatide täitjate ja tehnikute töö kooskõlastamine klientide lahtiolekuaegadega',
          'arveldusprobleemide lahendamine koos raamatupidamisega',
        ],
        'Tallinn',
      ),
      job(
        'Piirkonna müügijuht',
        'Snäkk Baltic AS',
        '2001-05',
        '2009-10',
        true,
        'mai 2001 – oktoober 2009',
        [
          'Põhja-Eesti kauplused ja tanklad, meeskonnas kuus müügiesindajat',
          'piirkonna müügiplaan ja eelarve, kuu- ja kvartaliaruanded',
          'kampaaniad ja väljapanekulepingud kaupluste juhatajatega',
          'uute esindajate värbamine ja väljaõpe, ühised kliendiringid',
          'tanklakettide kohalikud lepingud koostöös peakontori võtmekliendijuhiga',
          'Rimi, Selveri ja Statoili kohalike kaupluste juhatajatega väljapanekute kokkulepped',
          'piirkonna käive kasvas 2002–2008 ligi kaks korda',
          'ametikoht kaotati 2009. aasta koondamistega',
        ],
        'Tallinn',
      ),
      job(
        'Müügiesindaja',
        'Nordkaup AS',
        '1996-02',
        '2001-04',
        true,
        'veebruar 1996 – aprill 2001',
        [
          'iganädalased kauplusteringid Tallinnas ja Harjumaal, tellimuste vastuvõtt',
          'uute kaupluste lepingud ja riiulipinnad',
          'väljapanekute kontroll ja hinnasildid',
          'tagastuste ja pretensioonide lahendamine',
          'esimesel aastal oli mul 40 kauplust, lahkudes 95',
          '1999. aastal sain firma sisekonkursil „Aasta müügiesindaja“ tiitli',
        ],
        'Tallinn',
      ),
      job(
        'Müüja',
        'Tallinna Kaubahall AS',
        '1993',
        '1996',
        true,
        '1993 – 1996',
        ['toidukaupade osakond, klientide teenindamine ja müük leti taga', 'kauba tellimine tarnijatelt, inventuurid'],
        'Tallinn',
      ),
      job(
        'Baarmen',
        'Kohvik Raekoja Kelder',
        '1991',
        '1993',
        false,
        '1991 – 1993',
        ['baaritöö, kassa ja kauba vastuvõtt', 'nädalavahetustel ka ürituste teenindamine'],
        'Tallinn',
      ),
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text:
          'November 2009 – veebruar 2010 olin pärast koondamist töötu ja läbisin Töötukassa kaudu raamatupidamise ' +
          'ja arvutikursused.',
      },
      {
        kind: 'paragraph',
        text:
          'Kooli ajal töötasin suviti õpilasmalevas (1987–1989) ja 1990. aasta suvel Pirita rannakohvikus ' +
          'abitöölisena.',
      },
      { kind: 'heading', text: 'Peamised saavutused' },
      {
        kind: 'bullets',
        items: [
          'Võtmeklientide lepingute pikendamise määr 2020–2025 keskmiselt 94%',
          'Kahe ülikooli ja ühe haigla hanke võit (kokku 110 automaati)',
          'Kaardimaksete ja kaugmonitooringu juurutamine kõigi võtmeklientide juures 2023',
          'Kuue uue kliendihalduri sisseelamise juhendaja',
        ],
      },
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Eesti Ettevõtluskõrgkool Mainor, turundus ja müük, rakenduskõrgharidus (sessioonõpe), 2003–2007',
        { field: 'turundus ja müük', institution: 'Eesti Ettevõtluskõrgkool Mainor', startYear: 2003, endYear: 2007 },
      ),
      edu('keskharidus', 'Tallinna 21. Keskkool, keskharidus, 1979–1990', {
        institution: 'Tallinna 21. Keskkool',
        startYear: 1979,
        endYear: 1990,
      }),
    ],
    courses: [
      named('Võtmekliendihaldus', 'Võtmekliendihaldus, Balti Müügiakadeemia, 2017'),
      named('Läbirääkimised suurklientidega', 'Läbirääkimised suurklientidega, 2013'),
      named('Riigihangetes osalemine', 'Riigihangetes osalemine, 2015'),
      named('Excel edasijõudnutele', 'Excel edasijõudnutele, 2014'),
      named('Toiduhügieen toidukäitlejale', 'Toiduhügieen toidukäitlejale, 2010'),
      named('Raamatupidamise alused', 'Raamatupidamise alused (Töötukassa), 2009'),
      named('Arvuti algkursus', 'Arvuti algkursus (Töötukassa), 2010'),
      named('Esmaabi töökohal', 'Esmaabi töökohal, 2022'),
      named(
        'Müügitehnikad ja kliendi vajaduste väljaselgitamine',
        'Müügitehnikad ja kliendi vajaduste väljaselgitamine, 1997',
      ),
      named('Kaupluste väljapanekute planeerimine', 'Kaupluste väljapanekute planeerimine, 2003'),
      named('Meeskonna juhtimine müügis', 'Meeskonna juhtimine müügis, 2005'),
      named('Pipedrive CRM', 'Pipedrive CRM, 2018'),
      named('Inglise keel, ärisuhtlus B2', 'Inglise keel, ärisuhtlus B2, 2011'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('ru', 'C1', 'vene keel – väga hea'),
      lang('en', 'B2', 'inglise keel – hea'),
      lang('fi', 'B1', 'soome keel – suhtlustasemel'),
      lang('de', 'A2', 'saksa keel – algtase'),
    ],
    skills: [
      'Läbirääkimisoskus',
      'Suhete loomine ja hoidmine',
      'Planeerimine',
      'Meeskonnatöö',
      'Pingetaluvus',
      'MS Office (Word, Excel, Outlook), Directo, Pipedrive, Vendon telemeetria',
      'Juhiload B (alates 1991)',
    ],
    closing: [
      { kind: 'heading', text: 'Soovitajad' },
      {
        kind: 'bullets',
        items: [
          'Mari Maasikas, müügidirektor, Vendo Teenused OÜ, +372 5600 1122',
          'Juhan Juurikas, endine regioonijuht, Snäkk Baltic AS, +372 5611 3344',
          'Kati Karu, haldusjuht, üks minu võtmeklientidest (kontakt soovi korral)',
        ],
      },
      { kind: 'heading', text: 'Muu' },
      {
        kind: 'paragraph',
        text:
          'Nõmme Orienteerumisklubi juhatuse liige (vabatahtlik) alates 2012. Autojuhistaaž üle 30 aasta, ' +
          'karistusi ei ole.',
      },
      { kind: 'heading', text: 'Hobid' },
      {
        kind: 'paragraph',
        text:
          'Orienteerumine – käin võistlustel veteranide klassis; aiandus (kasvuhoones tomatid ja kurgid); vanade ' +
          'raadiote parandamine; talviti suusatamine Nõmme mägedes.',
      },
    ],
    clientBase: { activeAccounts: 38, annualRevenueEur: 1_900_000, segment: 'national', decisionMakers: true },
    competencies: ['coaching', 'negotiation', 'organisation', 'relationship_building', 'stress_resistance', 'teamwork'],
  },
  {
    id: 'et-h33-03-tekst-portaali-vaba-tekst-kontoritaimede-rent-kliendihaldur-floristist',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tina Kolm',
    email: 'tina.kolm3303@example.net',
    phone: '5647 2210',
    headings: {
      profile: 'Lühidalt minust:',
      work: 'Töökogemus:',
      education: 'Haridus:',
      courses: 'Kursused:',
      languages: 'Keeled:',
      skills: 'Muu:',
    },
    profile: [
      'Olen 31-aastane ja elan Tallinnas. Viimased neli aastat olen kontoritaimede rendi ja hoolduse ettevõttes ' +
        'kliendihaldur, enne seda hooldasin samu taimi ise ja veel varem olin florist. Otsin tööd, kus saaksin ' +
        'kliente hallata ka edaspidi, aga suurema ettevõtte juures. Olen loov ja kliendikeskne, taimedest tean ' +
        'palju.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job('kliendihaldur', 'Rohekontor OÜ', '2022-04', null, true, '04.2022 – ...'),
        lines: [
          '04.2022 – ... Rohekontor OÜ, kliendihaldur',
          'Minu kliendid on 75 ettevõtet – kontorid, hotellid ja kaks kaubanduskeskust Tallinnas ja Harjumaal. ' +
            'Nende ruumides on kokku umbes 2 300 meie taime. Teen pakkumisi, sõlmin ja pikendan rendilepinguid, ' +
            'käin objekte üle vaatamas ja koostan taimede paigutuse plaane. Lepingute aastane maht on 310 000 €. ' +
            'Enamasti suhtlen büroojuhtidega.',
        ],
      },
      {
        ...job('taimehooldaja', 'Rohekontor OÜ', '2019-08', '2022-03', false, '08.2019 – 03.2022'),
        lines: [
          '08.2019 – 03.2022 Rohekontor OÜ, taimehooldaja',
          'Kastsin, väetasin ja vahetasin taimi klientide kontorites, kolm päeva nädalas oma ring.',
        ],
      },
      {
        ...job('florist', 'Lillemaja Kannike OÜ', '2015-05', '2019-07', false, '05.2015 – 07.2019'),
        lines: ['05.2015 – 07.2019 Lillemaja Kannike OÜ, florist', 'Kimbud, seaded, pulmade ja ürituste kaunistamine.'],
      },
    ],
    education: [
      edu('kutseharidus', 'Luua Metsanduskool, floristika, kutseharidus, 2013–2015', {
        field: 'floristika',
        institution: 'Luua Metsanduskool',
        startYear: 2013,
        endYear: 2015,
      }),
      edu('keskharidus', 'Kohila Gümnaasium, keskharidus, 2013', {
        institution: 'Kohila Gümnaasium',
        endYear: 2013,
      }),
    ],
    courses: [named('Sisekujunduse taimed ja valgus', 'Sisekujunduse taimed ja valgus, 2021')],
    certifications: [],
    languages: [lang('et', 'native', ''), lang('en', 'B2', ''), lang('ru', 'B1', '')],
    languagesText: ['Eesti keel emakeel, inglise keel hea, vene keel suhtlustasemel.'],
    skills: ['Juhiload B, oma auto olemas. Arvutis Excel, Google Drive ja Pipedrive.'],
    clientBase: { activeAccounts: 75, annualRevenueEur: 310_000, segment: 'regional_smb' },
    competencies: ['customer_focus', 'innovation'],
  },
  {
    id: 'et-h33-04-pdf-uks-lehekulg-kaks-veergu-talujuustud-muugiesindaja-polva',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Tina Neli',
    email: 'tina3304.juust@example.org',
    phone: '+372 5622 0418',
    contactLines: ['Põlva'],
    tagline: 'Müügiesindaja | juustud ja piimatooted',
    headings: {
      contact: 'Kontakt',
      profile: 'Profiil',
      work: 'Kogemus',
      education: 'Haridus',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Müün väikese juustukoja juuste 60 kauplusele, delikatessipoele ja restoranile Lõuna-Eestis ja Tartus. ' +
        'Vastas on enamasti poe või restorani omanik, kes otsustab ise, mida lettidele võtab. 2025. aasta müük ' +
        'neile: 380 000 €.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job('Müügiesindaja', 'Kanepi Juustukoda OÜ', '2020-05', null, true, 'mai 2020 – praegu', [
        'tellimused, degusteerimised poodides, uued kliendid',
        'juustukoda valmistab aastas umbes 90 tonni juustu',
      ]),
      job('Juustumeister', 'Kanepi Juustukoda OÜ', '2016-06', '2020-04', false, 'juuni 2016 – aprill 2020'),
      job('Lüpsja', 'Mäe talu', '2012', '2016', false, '2012 – 2016'),
    ],
    education: [
      edu('kutseharidus', 'Olustvere Teenindus- ja Maamajanduskool, toiduainete töötlemine, kutseharidus, 2010–2012', {
        field: 'toiduainete töötlemine',
        institution: 'Olustvere Teenindus- ja Maamajanduskool',
        startYear: 2010,
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B1', 'inglise – B1'),
      lang('ru', 'A2', 'vene – A2'),
    ],
    skills: ['Müügioskus', 'Juustude tundmine', 'Juhiload B'],
    clientBase: { activeAccounts: 60, annualRevenueEur: 380_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['sales'],
  },
  {
    id: 'et-h33-05-word-pdf-ist-teisendatud-murtud-read-veepuhastus-muugiinsener-tartu',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Kandidaat Tina Viis',
    email: 'tina.viis3305@example.com',
    phone: '+372 5374 6082',
    contactLines: ['Tartu'],
    tagline: 'Müügiinsener – veepuhastus',
    headings: {
      contact: 'KONTAKT',
      profile: 'PROFIIL',
      work: 'TÖÖKOGEMUS',
      education: 'HARIDUS',
      courses: 'KOOLITUSED',
      certifications: 'KUTSETUNNISTUS',
      languages: 'KEELED',
      skills: 'OSKUSED',
    },
    profile: [
      'Müün ja projekteerin veepuhastusseadmeid: rauaeraldus- ja pehmendusfiltrid, pöördosmoos ja UV-seadmed',
      'toidutootjatele, hotellidele, koolidele ja väiksematele veevärkidele. Alustasin torulukksepana ja',
      'olin neli aastat hooldustehnik, nii et seadmete tööd tunnen seestpoolt.',
      'Minu kliente on ligikaudu 90 ettevõtet Lõuna-Eestis; lisaks tulevad eraklientide päringud, mida ' +
        'annan edasi paigaldajatele. 2025. aastal müüsin ettevõtetele seadmeid ja hooldust 1,1 mln € ' +
        'eest. Läbirääkimised käivad tehniliste juhtide ja omanikega, kes otsustavad.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Müügiinsener', 'Veeklaar OÜ', '2019-04', null, true, '04.2019 – praegu', [
          'vee analüüsitulemuste põhjal lahenduse valik ja pakkumine',
          'objektide ülevaatus, projektid ja hinnapakkumised',
          'hoolduslepingud ja ﬁltrimaterjalide vahetusgraafikud',
        ]),
        lines: ['Müügiinsener', 'Veeklaar OÜ, Tartu', '04.2019 –', 'praegu'],
      },
      {
        ...job('Hooldustehnik', 'Veeklaar OÜ', '2015-09', '2019-03', false, '09.2015 – 03.2019', [
          'seadmete paigaldus ja hooldus, veeproovide võtmine',
        ]),
        lines: ['Kandidaat Tina Viis · CV · lk 2/2', 'Hooldustehnik', 'Veeklaar OÜ, Tartu', '09.2015 –', '03.2019'],
      },
      {
        ...job('Torulukksepp', 'Emajõe Torutööd OÜ', '2011', '2015-08', false, '2011 – 08.2015'),
        lines: ['Torulukksepp', 'Emajõe Torutööd OÜ, Tartu', '2011 –', '08.2015'],
      },
    ],
    education: [
      edu('bakalaureus', 'Eesti Maaülikool, veemajandus, bakalaureus, 2012–2016 (töö kõrvalt)', {
        field: 'veemajandus',
        institution: 'Eesti Maaülikool',
        startYear: 2012,
        endYear: 2016,
      }),
      edu('kutseharidus', 'Tartu Kutsehariduskeskus, torulukksepp, kutseharidus, 2008–2011', {
        field: 'torulukksepp',
        institution: 'Tartu Kutsehariduskeskus',
        startYear: 2008,
        endYear: 2011,
      }),
    ],
    courses: [named('Joogivee kvaliteet ja järelevalve', 'Joogivee kvaliteet ja järelevalve, Terviseamet, 2020')],
    certifications: [named('Torulukksepp, tase 4', 'Torulukksepp, tase 4 (2014)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – B2'),
      lang('ru', 'B1', 'vene – B1'),
      lang('fi', 'A2', 'soome – A2'),
    ],
    skills: ['Tehniline müük', 'Analüüsivõime', 'AutoCAD, Excel', 'Juhiload B, BE'],
    clientBase: { activeAccounts: 90, annualRevenueEur: 1_100_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'sales'],
  },
  {
    id: 'et-h33-06-tekst-e-kirja-sees-parkimisteenused-arikliendihaldur-vene-emakeel',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Tina Kuus',
    nameLine: 'Saatja: Kandidaat Tina Kuus',
    tagline: 'Teema: Kandideerimine – võtmekliendihaldur (kuulutus CV Keskuses)',
    email: 'tina.kuus3306@example.net',
    phone: '+372 5811 4093',
    afterContact: [
      { kind: 'paragraph', text: 'Tere!' },
      {
        kind: 'paragraph',
        text:
          'Kandideerin teie võtmekliendihalduri kuulutusele. CV fail on mul uuendamata, seepärast kirjutan ' +
          'andmed siia kirja sisse.',
      },
      {
        kind: 'paragraph',
        text:
          'Töötan viiendat aastat parkimisfirmas ärikliendihaldurina. Minu kliendid on 210 ettevõtet Tallinnas – ' +
          'büroohoonete üürnikud, hotellid ja autorendifirmad, kes ostavad meilt kuukaarte ja reserveeritud kohti. ' +
          'Nende lepingute maht oli 2025. aastal 1,05 mln €. Kokku haldab firma Tallinnas umbes 14 000 parkimiskohta.',
      },
    ],
    headings: {
      work: 'Töökogemus:',
      education: 'Haridus:',
      languages: 'Keeled:',
      skills: 'Muu:',
    },
    profile: [],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Ärikliendihaldur',
        'Parkla Pluss AS',
        '2021-10',
        null,
        true,
        '10.2021 – praegu',
        ['Lepingud, kuukaardid ja pakkumised ettevõtetele', 'Uute büroohoonetega koostöölepingud'],
        'Tallinn',
      ),
      job(
        'Klienditeenindaja',
        'Parkla Pluss AS',
        '2018-06',
        '2021-09',
        false,
        '06.2018 – 09.2021',
        ['Telefon ja e-post, trahvide vaidlustused, kuukaartide väljastamine'],
        'Tallinn',
      ),
      job(
        'Kassapidaja',
        'Säästuturg Mustamäe OÜ',
        '2016-03',
        '2018-05',
        false,
        '03.2016 – 05.2018',
        undefined,
        'Tallinn',
      ),
    ],
    education: [
      edu('kutseharidus', 'Tallinna Teeninduskool, logistika, kutseharidus, 2013–2016', {
        field: 'logistika',
        institution: 'Tallinna Teeninduskool',
        startYear: 2013,
        endYear: 2016,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('ru', 'native', 'vene – emakeel'),
      lang('et', 'C1', 'eesti – vabalt'),
      lang('en', 'B2', 'inglise – hea'),
    ],
    skills: ['Suhtlemisoskus vene, eesti ja inglise keeles', 'Excel, Salesforce'],
    closing: [
      { kind: 'paragraph', text: 'Vajadusel saadan ka CV faili ja soovitajate kontaktid.' },
      { kind: 'paragraph', text: 'Lugupidamisega' },
      { kind: 'paragraph', text: 'Kandidaat Tina Kuus' },
    ],
    clientBase: { activeAccounts: 210, annualRevenueEur: 1_050_000, segment: 'regional_smb' },
    competencies: ['communication'],
  },
  {
    id: 'et-h33-07-pdf-pikk-tabel-kokast-koolitoitlustuse-lepingute-juht-tartumaa-soovitajad',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Tina Seitse',
    nameLine: 'ELULOOKIRJELDUS – Kandidaat Tina Seitse',
    email: 'tina.seitse3307@example.com',
    phone: '+372 5290 3317',
    contactLines: ['Tartu, Annelinn', 'Sünniaeg: 14.02.1986'],
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Täienduskoolitused',
      certifications: 'Kutsetunnistused',
      languages: 'Keeleoskus',
      skills: 'Arvuti- ja muud oskused',
      workTable: ['Aeg', 'Ametikoht', 'Asutus'],
    },
    workTableOrder: ['period', 'title', 'employer'],
    profile: [
      'Olen toitlustuses töötanud 2004. aastast: alustasin kooli kõrvalt nõudepesijana, olin kokk ja vanemkokk ' +
        'hotellis, viis aastat suure toitlustusettevõtte köögijuhataja ja alates 2019. aastast vastutan sama ' +
        'ettevõtte kooli- ja lasteaiatoitlustuse lepingute eest. Minu hallata on 34 toitlustuslepingut – 22 kooli ja ' +
        '12 lasteaeda Tartumaal, Jõgevamaal ja Põlvamaal. Nende lepingute aastane käive on 3,4 mln €.',
      'Töö käib peamiselt hangete kaudu: loen hankedokumendid läbi, arvutan koos tootmisega portsjoni hinna, ' +
        'koostan pakkumise ja lepingu sõlmimise järel hoian suhet. Lepingu saatuse üle otsustavad valla- ja ' +
        'linnavalitsused ning koolijuhid, nendega kohtun igal sügisel ja kevadel. Köögikogemus aitab: kui ' +
        'lastevanemad kaebavad, tean, millest jutt käib.',
      'Minu tugevused on usaldus ja järjepidevus: ühtegi lepingut ei ole minu ajal kaotatud, ka 2022. aasta ' +
        'hinnatõusu ajal, kui paljud toitlustajad pidid koolidest lahkuma. Tunnen hästi riigihangete seadust, ' +
        'toitumissoovitusi ja köögi tegelikku võimekust, nii et lubadused, mida koolidele annan, on ka täidetavad.',
      'Otsin kliendihalduri või müügijuhi tööd toiduainete või toitlustuse valdkonnas Tartus või kaugtööna.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Lepingute ja kliendisuhete juht', 'Tervislik Taldrik AS', '2019-08', null, true, '08.2019 – praegu', [
        'koolide ja lasteaedade toitlustushanked: pakkumised, hinnastamine, lepingud',
        'kliendisuhted koolijuhtide, majandusjuhatajate ja omavalitsustega',
        'menüüde kooskõlastamine koolidega koostöös toitumisspetsialistiga',
        'uued lepingud: 2021 Elva vald (6 kooli), 2024 kaks Tartu erakooli',
        'lastevanemate ja koolide tagasiside ning kaebuste lahendamine',
        'hinnaindekseerimise läbirääkimised omavalitsustega 2022. ja 2023. aasta toiduainete hinnatõusu ajal',
        'iga-aastased rahuloluküsitlused koolides ja tulemuste tutvustamine hoolekogudele',
        'lepingute arv kasvas 2019. aasta 21-lt praeguse 34-ni, ühtegi lepingut ei ole kaotatud',
        'ettevõte valmistab päevas umbes 9 500 portsjonit, töötajaid on 180',
      ]),
      job('Köögijuhataja', 'Tervislik Taldrik AS', '2014-09', '2019-07', false, '09.2014 – 07.2019', [
        'keskköögi töö juhtimine, 24 kokka ja abikokka',
        'tootmise planeerimine, tooraine tellimine, HACCP',
        'uute kokkade juhendamine ja vahetuste graafikud',
        'Veterinaar- ja Toiduameti kontrollid, enesekontrolliplaani uuendamine',
        'tooraine kulu vähendamine 8% võrra menüüde ja tellimiste ümberkorraldamisega',
        'köögi kolimine uude keskkööki 2017. aastal, seadmete valik koos tarnijatega',
      ]),
      job('Vanemkokk', 'Hotell Emajõe Kallas', '2011-04', '2014-08', false, '04.2011 – 08.2014', [
        'à la carte köök ja konverentside toitlustus kuni 250 inimesele',
        'hommikusöögi vahetuse juhtimine, kuus kokka',
        'hooajamenüüde väljatöötamine koos peakokaga',
        'praktikantide juhendamine',
      ]),
      job('Kokk', 'Hotell Emajõe Kallas', '2009-05', '2011-03', false, '05.2009 – 03.2011', [
        'külma köögi ja hommikusöögi kokk, hiljem soe köök',
      ]),
      job('Kokk', 'Restoran Kaheksa Jalga OÜ', '2008-05', '2009-04', false, '05.2008 – 04.2009', [
        'lõunamenüü ja banketid, kuni 120 külalist',
        'hommikuvahetuse avamine ja kauba tellimine',
      ]),
      job(
        'Kokk',
        'Hotelli Tunturinhelmi Oy',
        '2007-12',
        '2008-04',
        false,
        '12.2007 – 04.2008 (hooajatöö)',
        [
          'talvehooaeg Soome Lapimaal, suusakuurordi hotelli restoran',
          'buffet kuni 300 külalisele päevas, töökeel soome ja inglise',
        ],
        'Kittilä, Soome',
      ),
      job('Kokk', 'Pubi Vana Kiviaed', '2006-07', '2007-11', false, '07.2006 – 11.2007', [
        'praadide ja päevapakkumiste valmistamine, suvel ka terrassi grill',
        'kauba vastuvõtt ja laoarvestus',
      ]),
      job(
        'Nõudepesija',
        'Kohvik Rüütli',
        '2004-06',
        '2006-06',
        false,
        '06.2004 – 06.2006 (kooli kõrvalt, suviti täiskoormusega)',
        ['nõudepesu, köögi koristus, hiljem ka salatid ja võileivad'],
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Olulisemad tulemused' },
      {
        kind: 'bullets',
        items: [
          '2019–2025 kasvas lepingute arv 21-lt 34-ni ja aastakäive 2,1 mln €-lt 3,4 mln €-ni',
          'Elva valla kuue kooli hange 2021 – esimene nii suur mitme kooli leping meie ettevõttes',
          'Kahe erakooli ja ühe lasteaiaketi ülevõtmine konkurendilt 2024',
          'Koolide rahulolu toiduga tõusis meie küsitluses 3,6-lt 4,2-le (viiepallisüsteemis)',
          'Keskköögi tooraine kulu vähenes köögijuhatajana 8%',
        ],
      },
      { kind: 'heading', text: 'Vabatahtlik tegevus' },
      {
        kind: 'paragraph',
        text:
          'Tartu Toidupanga köögi vabatahtlik alates 2018 (korraldan kord kuus toidujagamist); Tartu ' +
          'Kutsehariduskeskuse kutseeksamite hindamiskomisjoni liige 2015–2022.',
      },
    ],
    education: [
      edu('bakalaureus', 'Eesti Maaülikool, toiduainete tehnoloogia, bakalaureus (sessioonõpe), 2012–2016', {
        field: 'toiduainete tehnoloogia',
        institution: 'Eesti Maaülikool',
        startYear: 2012,
        endYear: 2016,
      }),
      edu('kutsekeskharidus', 'Tartu Kutsehariduskeskus, kokk, kutsekeskharidus, 2003–2006', {
        field: 'kokk',
        institution: 'Tartu Kutsehariduskeskus',
        startYear: 2003,
        endYear: 2006,
      }),
      edu('põhiharidus', 'Tartu Annelinna Gümnaasium, põhiharidus, 2003', {
        institution: 'Tartu Annelinna Gümnaasium',
        endYear: 2003,
      }),
    ],
    courses: [
      named('Riigihangete koostamine ja pakkumine', 'Riigihangete koostamine ja pakkumine, 2019'),
      named('Lepinguõiguse alused', 'Lepinguõiguse alused, 2020'),
      named('Läbirääkimiste tehnikad', 'Läbirääkimiste tehnikad, 2021'),
      named('Koolitoidu toitumissoovitused', 'Koolitoidu toitumissoovitused, Tervise Arengu Instituut, 2022'),
      named('HACCP ja enesekontroll', 'HACCP ja enesekontroll, 2015'),
      named('Juhtimise alused keskastmejuhile', 'Juhtimise alused keskastmejuhile, 2016'),
      named('Allergeenid toitlustuses', 'Allergeenid toitlustuses, 2018'),
      named('Esmaabi', 'Esmaabi, 2023'),
      named('Müügiläbirääkimised avalikus sektoris', 'Müügiläbirääkimised avalikus sektoris, 2020'),
      named('Kliendirahulolu mõõtmine', 'Kliendirahulolu mõõtmine, 2021'),
      named('Eritoitumine koolis ja lasteaias', 'Eritoitumine koolis ja lasteaias, 2019'),
      named('Toiduhügieen, toidukäitleja koolitus', 'Toiduhügieen, toidukäitleja koolitus, 2009'),
      named('Vene keel tööl, B1', 'Vene keel tööl, B1 (Tartu Rahvaülikool), 2017'),
    ],
    certifications: [
      named('Vanemkokk, tase 5', 'Vanemkokk, tase 5 (2012)'),
      named('Kokk, tase 4', 'Kokk, tase 4 (2006)'),
    ],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('en', 'B2', 'inglise keel – hea'),
      lang('ru', 'B1', 'vene keel – suhtlustasemel'),
    ],
    skills: [
      'MS Office (Excel edasijõudnu tasemel), Riigihangete register, Excel-kalkulatsioonid',
      'Planeerimine ja organiseerimisoskus',
      'Juhendamine',
      'Pingetaluvus – köögist õpitud',
      'Juhiload B',
    ],
    closing: [
      { kind: 'heading', text: 'Soovitajad' },
      {
        kind: 'paragraph',
        text:
          'Tervislik Taldrik AS juhatuse liige; Hotell Emajõe Kallas endine peakokk. Kontaktid annan soovi ' +
          'korral, palun mulle enne ühendust võtta.',
      },
      { kind: 'heading', text: 'Vaba aeg' },
      {
        kind: 'paragraph',
        text:
          'Laulan Tartu naiskooris ja olen käinud kahel laulupeol. Käin matkamas (Oandu, Soomaa, Karula), korjan ' +
          'seeni ja teen hoidiseid. Kaks last, noorem käib teises klassis; olen aktiivne lapsevanem kooli ' +
          'hoolekogus, nii et koolitoitu näen ka teiselt poolt.',
      },
    ],
    clientBase: { activeAccounts: 34, annualRevenueEur: 3_400_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'negotiation', 'organisation', 'relationship_building', 'stress_resistance', 'teamwork'],
  },
  {
    id: 'et-h33-08-word-luhike-vilistlane-toopakkumiste-portaal-sdr-ei-portfelli',
    format: 'docx',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Tina Kaheksa',
    email: 'tina3308@example.org',
    phone: '+372 5905 7731',
    contactLines: ['Tallinn'],
    headings: { profile: 'Minust', work: 'Kogemus', skills: 'Oskused' },
    profile: [
      'Lõpetasin 2025. aastal Tallinna Ülikoolis ärijuhtimise ja töötan sellest sügisest tööportaali müügis. ' +
        'Helistan ettevõtetele, kes värbavad, ja broneerin neile kohtumisi meie kliendihalduritega; väiksemaid ' +
        'kuulutuspakette müün ka ise. Oma klientide portfelli mul ei ole. Tahan kasvada kliendihalduriks.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Müügiarendaja (SDR)', 'Tööleht OÜ', '2025-09', null, true, '09.2025 – praegu'),
        lines: ['Müügiarendaja (SDR) – Tööleht OÜ – 09.2025 – praegu'],
        bullets: [
          'Umbes 60 kõnet päevas, eesmärk 12 kohtumist nädalas',
          'Väikeste kuulutuspakettide müük telefoni teel',
          'Portaalis on korraga ligi 4 000 aktiivset kuulutust',
        ],
      },
      {
        ...job('Kassiir-klienditeenindaja', 'Kinokeskus Forum OÜ', '2022-10', '2025-08', false, '10.2022 – 08.2025'),
        lines: [
          'Kassiir-klienditeenindaja – Kinokeskus Forum OÜ – 10.2022 – 08.2025 (osalise ajaga, õpingute kõrvalt)',
        ],
      },
    ],
    education: [
      edu('bakalaureus', 'Tallinna Ülikool, ärijuhtimine, bakalaureus, 2022–2025', {
        field: 'ärijuhtimine',
        institution: 'Tallinna Ülikool',
        startYear: 2022,
        endYear: 2025,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('es', 'A2', 'hispaania – A2'),
    ],
    skills: ['Proaktiivne', 'Suhtlemisoskus', 'HubSpot, Google Workspace'],
    clientBase: null,
    competencies: ['communication', 'initiative'],
  },
  {
    id: 'et-h33-09-tekst-luhike-ilma-profiilita-jalgrataste-hulgimuuk-eesti-lati',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tina Üheksa',
    email: 'tina.yheksa3309@example.com',
    phone: '5531 9086',
    contactLines: ['Viljandi'],
    profile: [],
    jobStyle: 'inline',
    jobs: [
      job(
        'Müügijuht',
        'Rattavara OÜ',
        '2018',
        null,
        true,
        '2018 – praegu',
        [
          '45 edasimüüjat Eestis ja Lätis (rattapoed ja spordipoed)',
          'müük 2025: 2,3 mln €',
          'hooajatellimused, messid, garantiid',
        ],
        'Viljandi',
      ),
      job(
        'Müüja-rattamehaanik',
        'Rattapood Velo OÜ',
        '2012',
        '2017',
        true,
        '2012 – 2017',
        ['rataste müük ja remont'],
        'Viljandi',
      ),
      job('Kuller', 'Kiirpost OÜ', '2009', '2012', false, '2009 – 2012', undefined, 'Viljandi'),
    ],
    education: [
      edu('keskharidus', 'Viljandi Gümnaasium, keskharidus, 2009', {
        institution: 'Viljandi Gümnaasium',
        endYear: 2009,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – B2'),
      lang('lv', 'B1', 'läti – B1'),
      lang('ru', 'A2', 'vene – A2'),
    ],
    skills: ['Excel, Merit', 'Juhiload B, BE'],
    clientBase: { activeAccounts: 45, annualRevenueEur: 2_300_000, segment: 'international' },
    competencies: [],
  },
  {
    id: 'et-h33-10-pdf-pikk-kaks-veergu-videovalve-muugijuht-elektrikust-1995-sertifikaadid',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Tina Kümme',
    email: 'tina.kymme3310@example.net',
    phone: '+372 5015 6648',
    contactLines: ['Saku vald, Harjumaa', 'Sündinud 1977'],
    tagline: 'Müügijuht – turva- ja videovalvesüsteemid',
    headings: {
      contact: 'Kontakt',
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Sertifikaadid ja kutsetunnistused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen turvatehnikas töötanud ligi 30 aastat. Alustasin elektrikuna, paigaldasin ja juhtisin nõrkvoolutöid, ' +
        'olin kuus aastat projektijuht ja alates 2017. aastast müün videovalve-, läbipääsu- ja valvesüsteeme ' +
        'ettevõtetele.',
      'Minu kliendid on 55 ettevõtet üle Eesti: logistikakeskused, kaubanduskeskused, tehased ja mõned ' +
        'korteriühistud. 2025. aastal müüsin neile süsteeme ja hoolduslepinguid 2,6 mln € eest. Suhtlen ' +
        'turvajuhtide ja tehniliste direktoritega, kes otsuse teevad.',
      'Tugevamad küljed: oskan rääkida nii tehniku kui finantsjuhiga; tehniline taust, mis annab kliendile ' +
        'kindluse, et lubatud lahendus ka töötab; pikaajalised ' +
        'kliendisuhted – paljud kliendid on minuga olnud projektijuhi ajast saadik; korrektne paberitöö hangetes. ' +
        'Otsin võtmekliendihalduri või müügijuhi ametikohta turva-, ehitus- või tööstustehnika ettevõttes.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Müügijuht',
        'Valvesilm AS',
        '2017-03',
        null,
        true,
        'märts 2017 – praegu',
        [
          'uute klientide leidmine ja olemasolevate klientide süsteemide laiendamine',
          'objektide ülevaatus, lahenduse koostamine koos projekteerijaga, pakkumised',
          'hoolduslepingute pikendamine ja hinnaläbirääkimised',
          'riigi- ja omavalitsushangetes pakkumiste koostamine',
          'müügitulemus: 2023 – 2,1 mln €, 2024 – 2,4 mln €, 2025 – 2,6 mln €',
          'Valvesilm on paigaldanud üle 12 000 kaamera ja teenindab ööpäevaringselt 900 objekti',
          'tootjate (Axis, Milestone, Paxton) esindajatega koolituste ja partnerpäevade korraldamine',
          'CRM-i (Pipedrive) juurutamine müügiosakonnas 2019, müügiprotsessi etappide ja aruannete ülesehitus',
          'kahe noorema müügijuhi sisseelamise toetamine 2021 ja 2023',
          'osalemine messidel (Tallinna Ehitusmess, Security Baltic) ja klientidele tehnoloogiaseminaride korraldamine',
          'suuremad võidetud projektid: logistikakeskus Rae vallas (240 kaamerat), kaubanduskeskus Tartus, kolm tehast',
        ],
        'Tallinn',
      ),
      job(
        'Projektijuht',
        'Valvesilm AS',
        '2011-02',
        '2017-02',
        false,
        'veebruar 2011 – veebruar 2017',
        [
          'videovalve- ja läbipääsusüsteemide paigaldusprojektid, kuni 8 paigaldajat',
          'tööde ajagraafikud, materjalide tellimine, üleandmine kliendile',
          'projektide eelarved kuni 400 000 €',
          'alltöövõtjate valik ja tööde vastuvõtt',
          'kliendi töötajate koolitus süsteemide kasutamiseks',
          'aastas 40–60 projekti',
          'garantiitööde ja hoolduse üleandmine hooldusosakonnale',
          'dokumentatsioon: teostusjoonised, kasutusjuhendid, kasutajate nimekirjad',
        ],
        'Tallinn',
      ),
      job(
        'Nõrkvoolupaigaldaja',
        'Signaal Tehnika OÜ',
        '2005-04',
        '2011-01',
        false,
        'aprill 2005 – jaanuar 2011',
        [
          'valve- ja tulekahjusignalisatsioon, kaablivõrgud, läbipääsusüsteemid',
          'objektid: koolid, kortermajad, kaubanduspinnad',
          'alates 2008 neljaliikmelise brigaadi juht',
        ],
        'Tallinn',
      ),
      job(
        'Elektrik',
        'Põhjaranniku Ehitus AS',
        '1999-05',
        '2005-03',
        false,
        'mai 1999 – märts 2005',
        [
          'hoonete elektripaigaldised, objektid Tallinnas ja Harjumaal',
          'jaotuskilpide koostamine ja mõõtmised',
          'alates 2002 ka nõrkvoolutööd',
        ],
        'Tallinn',
      ),
      job(
        'Müüja',
        'Elektrikaubad Volt OÜ',
        '1997-09',
        '1999-04',
        true,
        'september 1997 – aprill 1999',
        [
          'elektrikaupade müük ehitajatele ja eraklientidele, kassa',
          'tellimused tarnijatelt ja kauba vastuvõtt',
          'esimesed kokkupuuted valvesüsteemidega – müüsime ka signalisatsioonikomplekte',
        ],
        'Tallinn',
      ),
      job('Elektriku abi', 'Saku Elekter OÜ', '1994-06', '1994-08', false, 'juuni – august 1994 (suvetöö)', [
        'kaablite vedu ja abitööd ehitusobjektidel',
      ]),
    ],
    afterJobs: [
      { kind: 'paragraph', text: 'Ajateenistus Kaitseväes 1995–1996, side-kompanii.' },
      { kind: 'heading', text: 'Suuremad projektid müügijuhina' },
      {
        kind: 'bullets',
        items: [
          '2018 – logistikakeskus Rae vallas: 240 kaamerat, läbipääs ja hooldusleping, 310 000 €',
          '2020 – kaubanduskeskus Tartus: videovalve uuendus ja valvekeskuse ühendus, 260 000 €',
          '2022 – kolm tootmisettevõtet Ida-Virumaal: ühtne läbipääsusüsteem, 180 000 €',
          '2024 – kortermajade kett (14 maja): videovalve ja kaugvalve teenus, 5-aastane leping',
          '2025 – toiduainetetööstus Järvamaal: perimeetri valve ja numbrituvastus, 220 000 €',
        ],
      },
    ],
    education: [
      edu('rakenduskõrgharidus', 'Tallinna Tehnikakõrgkool, elektroonika, rakenduskõrgharidus (kaugõpe), 2006–2010', {
        field: 'elektroonika',
        institution: 'Tallinna Tehnikakõrgkool',
        startYear: 2006,
        endYear: 2010,
      }),
      edu('kutsekeskharidus', 'Tallinna Tööstushariduskeskus, elektrik, kutsekeskharidus, 1992–1995', {
        field: 'elektrik',
        institution: 'Tallinna Tööstushariduskeskus',
        startYear: 1992,
        endYear: 1995,
      }),
    ],
    courses: [
      named('Konsultatiivne müük', 'Konsultatiivne müük, 2018'),
      named('Hinnaläbirääkimised B2B müügis', 'Hinnaläbirääkimised B2B müügis, 2022'),
      named('Isikuandmete kaitse videovalves', 'Isikuandmete kaitse videovalves, Andmekaitse Inspektsioon, 2019'),
      named('Projektijuhtimise alused', 'Projektijuhtimise alused, 2012'),
      named('Milestone XProtect tootekoolitus', 'Milestone XProtect tootekoolitus, Kopenhaagen, 2018'),
      named('Tööohutus ja töötervishoid', 'Tööohutus ja töötervishoid, 2009'),
      named('Paxton läbipääsusüsteemide paigaldus', 'Paxton läbipääsusüsteemide paigaldus, 2014'),
      named('Tulekahjusignalisatsiooni projekteerimine', 'Tulekahjusignalisatsiooni projekteerimine, TTK, 2010'),
      named('Esinemisoskus ja esitlused', 'Esinemisoskus ja esitlused, 2019'),
      named('Riigihangete pakkujakoolitus', 'Riigihangete pakkujakoolitus, 2021'),
      named('Küberturvalisus IP-kaamerasüsteemides', 'Küberturvalisus IP-kaamerasüsteemides, 2023'),
      named('Numbrituvastuse lahendused', 'Numbrituvastuse lahendused (Axis), 2024'),
      named('Elektritööde juhi täienduskoolitus', 'Elektritööde juhi täienduskoolitus, 2014'),
    ],
    certifications: [
      named('Turvasüsteemide tehnik, tase 4', 'Turvasüsteemide tehnik, tase 4 (2009, uuendatud 2024)'),
      named('Axis Certified Professional', 'Axis Certified Professional (2020, uuendatud 2025)'),
    ],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('ru', 'B2', 'vene – hea'),
      lang('fi', 'A2', 'soome – algtase'),
    ],
    skills: [
      'Tehniline müük',
      'Läbirääkimisoskus',
      'Kehtestav, aga sõbralik',
      'AutoCAD, Excel, Pipedrive',
      'Juhiload B, C',
    ],
    closing: [
      { kind: 'heading', text: 'Lisainfo' },
      {
        kind: 'paragraph',
        text:
          'Elektritööde juhi B-pädevustunnistus kehtis kuni 2019. aastani, seda ma ei pikendanud, sest töötan ' +
          'müügis. Olen Eesti Turvaettevõtete Liidu tehnikakomisjoni liige. Olen valmis sõitma üle Eesti; ' +
          'töötan vajadusel ka õhtuti, kui objekt seda nõuab. Karistusregistri väljavõte puhas (nõutav ' +
          'turvavaldkonnas).',
      },
      { kind: 'heading', text: 'Soovitajad' },
      {
        kind: 'bullets',
        items: [
          'Valvesilm AS tegevjuht (praegune juht) – kontakt soovi korral',
          'Signaal Tehnika OÜ omanik, kelle juures olin brigadir – tel +372 5022 8714',
          'Logistikakeskuse haldusjuht (klient alates 2018) – kontakt soovi korral',
        ],
      },

      { kind: 'heading', text: 'Hobid' },
      {
        kind: 'paragraph',
        text:
          'Kalapüük Peipsil ja Võrtsjärvel, puutöö (ehitasin ise saunamaja), korvpall veteranide liigas. Talvel ' +
          'suusatan ja käin kord aastas Lapimaal.',
      },
    ],
    clientBase: { activeAccounts: 55, annualRevenueEur: 2_600_000, segment: 'national', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building', 'sales', 'tact_assertiveness'],
  },
  {
    id: 'et-h33-11-word-pdf-ist-teisendatud-tabel-koogimoobel-arendajatele-projektimuugi-juht',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Tina Üksteist',
    email: 'tina.yksteist3311@example.org',
    phone: '+372 5128 4490',
    contactLines: ['Tallinn, Pirita'],
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
      workTable: ['Ametikoht', 'Ettevõte', 'Aeg'],
    },
    workTableOrder: ['title', 'employer', 'period'],
    profile: [
      'Müün eritellimusel köögimöö-',
      'blit ja sisustust korteriarendajatele ning ehitusettevõtetele. Olen ise tisler ja olnud salongis',
      'müügikonsultant, seega tunnen nii tootmist kui kliente.',
      'Minu kliendid on 25 arendajat ja peatöövõtjat üle Eesti; 2025. aastal sõlmisin nendega lepinguid 2,2 mln ' +
        '€ eest. Mööblitarnija valivad arendajate projektijuhid ja juhatuse liikmed, kes otsuse teevad.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Projektimüügi juht', 'Köögikoda AS', '2019-01', null, true, '01.2019 – praegu', [
        'arendusprojektide köökide ja garderoobide pakkumised ning lepingud',
        'kohtumised arendajate ja sisearhitektidega, näidiskorterite sisustus',
        'tootmise ja paigalduse graafikute kokkuleppimine',
        'projektid 40 kuni 300 korterit, tehas valmistab aastas umbes 1 400 kööki',
      ]),
      job('Müügikonsultant', 'Köögikoda AS', '2014-05', '2018-12', true, '05.2014 – 12.2018', [
        'salongis eraklientidele köökide kavandamine ja müük',
      ]),
      job('Mööblitisler', 'Puitmeister OÜ', '2010-08', '2014-04', false, '08.2010 – 04.2014'),
    ],
    education: [
      edu('kutseharidus', 'Tallinna Tööstushariduskeskus, tisler, kutseharidus, 2007–2010', {
        field: 'tisler',
        institution: 'Tallinna Tööstushariduskeskus',
        startYear: 2007,
        endYear: 2010,
      }),
    ],
    courses: [named('Müük arendajatele ja ehitajatele', 'Müük arendajatele ja ehitajatele, 2020')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B2', 'vene – B2'),
      lang('en', 'B1', 'inglise – B1'),
    ],
    skills: ['2020 Design, AutoCAD', 'Kliendisuhted', 'Ettevõtlik'],
    clientBase: { activeAccounts: 25, annualRevenueEur: 2_200_000, segment: 'national', decisionMakers: true },
    competencies: ['entrepreneurship', 'relationship_building'],
  },
  {
    id: 'et-h33-12-tekst-pikk-punktid-kalastustarbed-hulgimuuk-1988-aastad-hobid',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Tina Kaksteist',
    email: 'tina.kaksteist3312@example.net',
    phone: '+372 5346 1187',
    contactLines: ['Kallaste, Tartumaa'],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen Peipsi ääres kasvanud ja kalapüügiga seotud olnud kogu elu – kalurina, kalastuspoe müüjana ja ' +
        'juhatajana ning viimased üle 20 aasta kalastustarvete hulgimüügis. Praegu olen Kalamehe Hulgi müügijuht: ' +
        'minu kliendid on 85 kalastus-, jahi- ja matkapoodi Eestis, Lätis ja Leedus. 2025. aastal müüsin neile ' +
        'kaupa 1,6 mln € eest. Kliendid on väikesed poed, kus omanik ise otsustab, mida tellib, seepärast on ' +
        'isiklik suhe kõige tähtsam.',
      'Kirjutan selle CV pikalt, sest uus tööandja võiks teada, kust ma tulen. Soovin jätkata müügis, võimalusel ' +
        'suurema valikuga hulgimüüjas või tootja esindajana Baltikumis.',
      'Mida ma oskan: tunnen kalastus- ja jahikaupa ning poodnikke üle Eesti ja suurt osa Lätist ja Leedust. Oskan ' +
        'tellimused nii planeerida, et pood ei jää hooajal kaubata ega hooaja lõpus kaubaga istuma. Olen ' +
        'rahulik ja kannatlik, olen juhendanud noori müügiesindajaid ja poe müüjaid. Rooli ei karda – aastas ' +
        'sõidan tööasjus umbes 40 000 km.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Müügijuht', 'Kalamehe Hulgi OÜ', '2011', null, true, '2011 – praegu'),
        lines: ['2011 – praegu | Müügijuht | Kalamehe Hulgi OÜ, Tartu'],
        bullets: [
          'Eesti, Läti ja Leedu kliendid, kaks müügiesindajat minu alluvuses',
          'Hooajatellimused, hinnakirjad, kampaaniad ja messid (Riia, Vilnius, Tallinn)',
          'Tarnijatega (Soome ja Rootsi tootjad) koostöö uute toodete osas',
          'Kalamehe Hulgi laos on umbes 6 000 artiklit',
          'Läti ja Leedu turu avamine 2013–2015: esimesed 20 poodi leidsin ise messidelt ja telefoni teel',
          'Ettevõtte e-poe edasimüüjate keskkonna käivitamine 2019',
          'Iga kevad ja sügis tootekoolitused poodide müüjatele',
          'Hinnakirja ja allahindluste kokkuleppimine omanikuga, aastas kaks suuremat kampaaniat',
          'Müügitulemus: 2015 – 0,9 mln €, 2020 – 1,3 mln €, 2025 – 1,6 mln €',
        ],
      },
      {
        ...job('Müügiesindaja', 'Kalamehe Hulgi OÜ', '2004', '2010', true, '2004 – 2010'),
        lines: ['2004 – 2010 | Müügiesindaja | Kalamehe Hulgi OÜ, Tartu'],
        bullets: [
          'Lõuna- ja Ida-Eesti poodide ringid, tellimused ja väljapanekud',
          'Uute poodide leidmine, 2010. aastaks 60 püsiklienti',
          'Laoseisu ja tellimuste jälgimine, kauba tagastused',
          'Jahinduse tootegrupi lisamine 2008 (padrunikotid, riided, optika)',
        ],
      },
      {
        ...job('Kaupluse juhataja', 'Kalastuspood Haug OÜ', '1999', '2004', false, '1999 – 2004'),
        lines: ['1999 – 2004 | Kaupluse juhataja | Kalastuspood Haug OÜ, Tartu'],
        bullets: [
          'Kolm töötajat, kauba tellimine, kassa ja raamatupidamise dokumendid',
          'Poe kolimine suuremasse ruumi 2001, kalastuskaartide müügi korraldamine',
          'Sisseostud Soome ja Poola tarnijatelt, hooajaks kauba planeerimine',
          'Kohalike kalastusvõistluste auhindade sponsorlus ja poe reklaam ajalehes',
        ],
      },
      {
        ...job('Müüja', 'Kalastuspood Haug OÜ', '1994', '1999', true, '1994 – 1999'),
        lines: ['1994 – 1999 | Müüja | Kalastuspood Haug OÜ, Tartu'],
        bullets: [
          'Kalastus- ja jahitarvete müük, nõuanded kalameestele',
          'Talvise jääpüügi varustuse laenutus, paadimootorite väikeremont',
          'Suvel ka turistidele paatide ja kalastusvarustuse rent',
          'Alates 1997 vanemmüüja, poe avamine ja sulgemine, kassa',
        ],
      },
      {
        ...job('Kalur', 'Peipsi Kalur OÜ', '1992', '1994', false, '1992 – 1994'),
        lines: ['1992 – 1994 | Kalur | Peipsi Kalur OÜ, Kallaste'],
        bullets: ['Talvine ja suvine püük, võrkude hooldus', 'Kalade vastuvõtt ja sorteerimine kalapunktis'],
      },
      {
        ...job('Autojuht', 'Kallaste Tarbijate Ühistu', '1990', '1992', false, '1990 – 1992'),
        lines: ['1990 – 1992 | Autojuht | Kallaste Tarbijate Ühistu'],
        bullets: ['Kaubavedu Kallaste, Alatskivi ja Mustvee poodidesse'],
      },
    ],
    afterJobs: [
      { kind: 'paragraph', text: '1988 – 1990 sõjaväeteenistus (Nõukogude armee), autojuht.' },
      {
        kind: 'paragraph',
        text:
          'Kooli ajal suviti kolhoosi kalapunktis ja heinal, nagu tol ajal kõik Kallaste poisid. Eraldi tööna ' +
          'ma seda ei loe.',
      },
    ],

    education: [
      edu('keskharidus', 'Kallaste Keskkool, keskharidus, 1988', {
        institution: 'Kallaste Keskkool',
        endYear: 1988,
      }),
    ],
    courses: [
      named('Müügijuhtimine väikeettevõttes', 'Müügijuhtimine väikeettevõttes, 2012'),
      named('Excel algajatele', 'Excel algajatele, 2005'),
      named('Kalapüügi eeskiri ja kalastuskaardid', 'Kalapüügi eeskiri ja kalastuskaardid, Keskkonnaamet, 2016'),
      named('Läbirääkimised ja hinnakujundus hulgimüügis', 'Läbirääkimised ja hinnakujundus hulgimüügis, 2014'),
      named('Directo majandustarkvara kasutajakoolitus', 'Directo majandustarkvara kasutajakoolitus, 2011'),
      named('Jahimehe eksamiks ettevalmistav koolitus', 'Jahimehe eksamiks ettevalmistav koolitus, 2007'),
      named('Väikelaevajuhi koolitus', 'Väikelaevajuhi koolitus, 2009'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('ru', 'C1', 'vene keel – vabalt'),
      lang('lv', 'A2', 'läti keel – algtase'),
      lang('en', 'A2', 'inglise keel – algtase'),
    ],
    skills: [
      'Kliendisuhted',
      'Noorte müügiesindajate juhendamine',
      'Kalastustarvete tundmine',
      'Juhiload B, C, BE',
      'Arvutis Excel, Directo, e-post',
    ],
    closing: [
      { kind: 'heading', text: 'Muu' },
      {
        kind: 'paragraph',
        text:
          'Juhiload B, C ja BE, oma auto olemas. Võin alustada ühe kuu etteteatamisega. Olen valmis sõitma Lätti ja ' +
          'Leetu, kuid kolida Tartusse ega Tallinna ei soovi. Palgasoovist räägiksin vestlusel.',
      },
      { kind: 'heading', text: 'Hobid' },

      {
        kind: 'paragraph',
        text:
          'Kalapüük (jää- ja spinningupüük), olen korraldanud Kallaste talvist jääpüügivõistlust 2008. aastast. ' +
          'Puutöö ja paadiehitus – ehitasin 2015. aastal ise puupaadi. Aiapidamine ja mesindus (viis taru). ' +
          'Kirjutan aeg-ajalt kalastusajakirja, teemaks peamiselt Peipsi jääpüük ja kalaliigid. Olen ' +
          'Kallaste Kalameeste Seltsi juhatuse liige.',
      },
      { kind: 'heading', text: 'Soovitajad' },
      {
        kind: 'bullets',
        items: [
          'Kalamehe Hulgi OÜ juhatuse liige, tel +372 5320 0987',
          'Kalastuspood Haug OÜ endine omanik, tel +372 5390 4411',
        ],
      },
    ],
    clientBase: { activeAccounts: 85, annualRevenueEur: 1_600_000, segment: 'international', decisionMakers: true },
    competencies: ['coaching', 'organisation', 'relationship_building'],
  },

  {
    id: 'et-h33-13-pdf-uks-lehekulg-telgid-lavad-rendimuugi-juht-parnu-avatud-aasta',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tina Kolmteist',
    email: 'tina3313.parnu@example.com',
    phone: '+372 5449 3013',
    contactLines: ['Pärnu'],
    tagline: 'Müügijuht – telkide ja lavade rent',
    headings: { profile: 'Profiil', work: 'Töö', education: 'Kool', skills: 'Oskused', languages: 'Keeled' },
    profile: [
      'Müün ja planeerin telkide, lavade ja mööbli renti: festivalid, laadad, pulmad ja firmapäevad. Kliente on ' +
        'umbes 120 – ürituste korraldajad, ettevõtted ja omavalitsused Pärnumaal, Läänemaal ja Saaremaal. 2025. ' +
        'aasta rendi- ja paigaldustulu minu klientidelt oli 940 000 €.',
    ],
    jobStyle: 'inline',
    jobs: [
      job('Müügijuht', 'Telgimeister OÜ', '2021', null, true, '2021–', [
        'pakkumised, lepingud, objektide ülevaatus',
        'hooaja graafik koos paigaldusmeeskondadega',
      ]),
      job('Lavatehnik', 'Telgimeister OÜ', '2016', '2020', false, '2016–2020'),
      job('Baarmen', 'Rannabaar Laine OÜ', '2013', '2016', false, '2013–2016'),
    ],
    education: [
      edu('kutseharidus', 'Pärnu Kutsehariduskeskus, turismikorraldus, kutseharidus, 2011–2013', {
        field: 'turismikorraldus',
        institution: 'Pärnu Kutsehariduskeskus',
        startYear: 2011,
        endYear: 2013,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – B2'),
      lang('fi', 'A2', 'soome – A2'),
    ],
    skills: ['Organiseerimisoskus', 'Pingekindel', 'Juhiload B, C'],
    clientBase: { activeAccounts: 120, annualRevenueEur: 940_000, segment: 'regional_smb' },
    competencies: ['organisation', 'stress_resistance'],
  },
  {
    id: 'et-h33-14-word-pikk-sildid-keevitajast-keriste-ekspordijuht-pohjamaad-voru',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Tina Neliteist',
    email: 'tina.neliteist3314@example.org',
    phone: '+372 5177 2046',
    contactLines: ['Võru', 'Sündinud 1971, abielus, kolm täiskasvanud last'],

    tagline: 'Ekspordijuht – saunakerised ja saunatooted',
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Tunnistused',
      languages: 'Keeleoskus',
      skills: 'Oskused',
    },
    profile: [
      'Olen terve tööelu olnud metalli ja saunade juures. Alustasin 1992. aastal lukksepana, keevitasin kolm aastat ' +
        'Soomes, tulin tagasi Võrru kerisetehasesse keevitajaks, olin tootmismeister, seejärel Eesti müügijuht ja ' +
        'alates 2015. aastast ekspordijuht.',
      'Praegu vastutan Kerisekoda AS-i ekspordi eest. Minu kliendid on 34 edasimüüjat ja saunaehitajat Soomes, ' +
        'Rootsis, Norras ja Saksamaal; 2025. aastal müüsime neile kokku 5,8 mln € eest keriseid, saunaahjusid ja ' +
        'tarvikuid. Suhtlen edasimüüjate omanike ja ostujuhtidega, kes otsustavad, mida valikusse võtta.',
      'Kuna olen ise kerisetooteid valmistanud, oskan edasimüüjale ja tema paigaldajale selgitada iga detaili. ' +
        'Olen järjekindel ja kehtestav, kui vaja, aga lahendused leian alati koos kliendiga.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Aeg', title: 'Amet', employer: 'Ettevõte', duties: 'Tööülesanded ja saavutused' },
    jobs: [
      job(
        'Ekspordijuht',
        'Kerisekoda AS',
        '2015-06',
        null,
        true,
        'juuni 2015 – praegu',
        [
          'edasimüüjate võrgu haldamine Soomes, Rootsis, Norras ja Saksamaal',
          'aastalepingud, hinnakirjad ja boonussüsteem edasimüüjatele',
          'messid: Helsingi FinnBuild, Stockholmi Nordbygg, Kölni interbad',
          'uued turud: Norra 2017 (praegu 6 edasimüüjat), Saksamaa 2021 (4 edasimüüjat)',
          'sertifitseerimise (CE, EN 15821) küsimused koos tootmise ja tehnikaga',
          'ekspordi osakaal kasvas 2015. aasta 40%-lt 2025. aastaks 78%-ni',
          'tehas toodab aastas umbes 22 000 kerist',
        ],
        'Võru',
      ),
      job(
        'Müügijuht (Eesti)',
        'Kerisekoda AS',
        '2010-01',
        '2015-05',
        true,
        'jaanuar 2010 – mai 2015',
        [
          'Eesti ehituspoed, saunaehitajad ja spaad',
          'esimese e-poe ja hinnakalkulaatori käivitamine 2013',
          'müügiesindaja juhendamine',
          'Eesti müük kasvas viie aastaga 0,8 mln €-lt 1,5 mln €-ni',
          'saunaehitajatele paigalduskoolitused tehases',
        ],
        'Võru',
      ),
      job(
        'Tootmismeister',
        'Kerisekoda AS',
        '2004-03',
        '2009-12',
        false,
        'märts 2004 – detsember 2009',
        [
          'keevitus- ja värvimisliini töö, 18 töötajat',
          'vahetuste planeerimine ja kvaliteedikontroll',
          'uue plasmalõikuspingi kasutuselevõtt 2007',
        ],
        'Võru',
      ),
      job(
        'Keevitaja',
        'Kerisekoda AS',
        '1999-08',
        '2004-02',
        false,
        'august 1999 – veebruar 2004',
        ['kerisekorpuste ja veepaakide keevitus', 'alates 2002 uute toodete prototüüpide valmistamine'],

        'Võru',
      ),
      job(
        'Keevitaja',
        'Rakennuspelti Oy',
        '1996-04',
        '1999-07',
        false,
        'aprill 1996 – juuli 1999',
        ['metallkonstruktsioonide keevitus ehitusobjektidel', 'töö Soome brigaadis, seal õppisin ära soome keele'],
        'Lahti, Soome',
      ),
      job(
        'Lukksepp',
        'Võru Metall AS',
        '1992-07',
        '1996-03',
        false,
        'juuli 1992 – märts 1996',
        ['metallitööd, hiljem ka keevitus', 'põllumajandusmasinate remont ja varuosade valmistamine'],
        'Võru',
      ),
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text:
          'Ajateenistus: Nõukogude armee 1991. aasta kevadeni; kodumaale tulin augustis 1991. Sõjaväes õppisin ' +
          'autojuhiks.',
      },
      { kind: 'heading', text: 'Peamised saavutused' },
      {
        kind: 'bullets',
        items: [
          'Ekspordikäive kasvas 2015–2025 1,4 mln €-lt 5,8 mln €-ni',
          'Norra ja Saksamaa turu avamine nullist, kokku 10 edasimüüjat',
          'Soome suurima saunapoodide keti tarnijaks saamine 2018 (kõik 22 kauplust)',
          'Tootmismeistrina praagi osakaal 4%-lt 1,5%-le',
        ],
      },
    ],

    education: [
      edu('bba', 'Estonian Business School, rahvusvaheline ärijuhtimine, BBA (kaugõpe), 2008–2012', {
        field: 'rahvusvaheline ärijuhtimine',
        institution: 'Estonian Business School',
        startYear: 2008,
        endYear: 2012,
      }),
      edu('kutsekeskharidus', 'Võru Kutsekeskkool, keevitaja, kutsekeskharidus, 1986–1989', {
        field: 'keevitaja',
        institution: 'Võru Kutsekeskkool',
        startYear: 1986,
        endYear: 1989,
      }),
    ],
    courses: [
      named('Ekspordi alused', 'Ekspordi alused, EAS, 2014'),
      named('Läbirääkimised rahvusvahelises müügis', 'Läbirääkimised rahvusvahelises müügis, 2016'),
      named('Saksa ärikultuur ja suhtlemine', 'Saksa ärikultuur ja suhtlemine, 2020'),
      named('Tootestandardid EN 15821 ja CE-märgis', 'Tootestandardid EN 15821 ja CE-märgis, 2018'),
      named('Rootsi keel algajatele', 'Rootsi keel algajatele, 2016–2017'),
      named('Saksa keel B1', 'Saksa keel B1 (Goethe-Instituudi kursus), 2021'),
      named('Tootmise juhtimine ja 5S', 'Tootmise juhtimine ja 5S, 2006'),
      named('Excel andmeanalüüsiks', 'Excel andmeanalüüsiks, 2018'),
      named('Edasimüüjate võrgu juhtimine', 'Edasimüüjate võrgu juhtimine, 2019'),
      named('Soome keel ärisuhtluseks', 'Soome keel ärisuhtluseks, 2011'),
      named('Meistri väljaõpe', 'Meistri väljaõpe, Võrumaa Kutsehariduskeskus, 2004'),
    ],

    certifications: [named('Keevitaja, tase 3', 'Keevitaja, tase 3 (1999)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('fi', 'C1', 'soome – C1'),
      lang('en', 'B2', 'inglise – B2'),
      lang('ru', 'B2', 'vene – B2'),
      lang('sv', 'B1', 'rootsi – B1'),
      lang('de', 'B1', 'saksa – B1'),
    ],
    skills: [
      'Rahvusvaheline müük ja eksport',
      'Läbirääkimisoskus',
      'Kehtestav',
      'Toote tehniline tundmine',
      'MS Office, Directo, HubSpot',
      'Juhiload B, C, CE',
    ],
    closing: [
      { kind: 'heading', text: 'Lisainfo' },
      {
        kind: 'paragraph',
        text:
          'Rahvusvahelise keevitaja sertifikaat EN 287 kehtis 1997–2006; pärast meistriks saamist ma seda ei ' +
          'uuendanud. Töö eeldab reisimist umbes 60 päeva aastas, see sobib mulle.',
      },
      { kind: 'heading', text: 'Soovitajad' },
      {
        kind: 'bullets',
        items: [
          'Kerisekoda AS juhatuse esimees – kontakt soovi korral',
          'Soome edasimüüja Saunatalo Oy tegevjuht – kontakt soovi korral (suhtleb soome või inglise keeles)',
        ],
      },
      { kind: 'heading', text: 'Arvutioskused' },
      {
        kind: 'paragraph',
        text:
          'Excel (hinnakirjad, edasimüüjate müügiaruanded, pivot-tabelid), Word, PowerPoint, Directo ' +
          'majandustarkvara, HubSpot CRM, Teams ja Zoom. SolidWorksi joonistest saan aru, ise ei joonesta.',
      },
      { kind: 'heading', text: 'Huvid' },
      {
        kind: 'paragraph',
        text:
          'Suitsusaun (Võrumaa suitsusauna traditsioon on UNESCO nimekirjas ja meil on pere suitsusaun), ' +
          'jahindus, mootorrattad – igal suvel sõidame sõpradega Norra fjordide vahel. Talvel suusatan Haanjas. ' +
          'Olen Võru Rotary klubi liige ja aitan korraldada Võru linna saunamaratoni.',
      },
    ],
    clientBase: { activeAccounts: 34, annualRevenueEur: 5_800_000, segment: 'international', decisionMakers: true },
    competencies: ['coaching', 'negotiation', 'organisation', 'sales', 'tact_assertiveness'],
  },
  {
    id: 'et-h33-15-tekst-portaali-vaba-tekst-aiakeskuse-muuja-tahab-arikliendi-muuki-ei-portfelli',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tina Viisteist',
    email: 'tina.viisteist3315@example.net',
    phone: '+372 5362 1815',
    contactLines: ['Tartu'],
    headings: {
      profile: 'Kandideerimise põhjus:',
      work: 'Töökogemus:',
      education: 'Haridus:',
      courses: 'Koolitused:',
      languages: 'Keeled:',
      skills: 'Muud oskused:',
    },
    profile: [
      'Töötan seitsmendat aastat aiakeskuses müüja-konsultandina ja tunnen, et olen valmis järgmiseks sammuks. ' +
        'Tahan liikuda ärikliendi müüki – haljastusfirmad, aiandusettevõtted, omavalitsused. Ettevõtetele ma seni ' +
        'otse müünud ei ole, minu kliendid on olnud eraisikud, aga ka suurte tellimustega (aedade rajamine, ' +
        'hekitaimed sadade kaupa). 2025. aastal müüsin kassasüsteemi järgi umbes 310 000 € eest. Olen ' +
        'suhtlemisoskusega ja kliendikeskne, taimi ja aiatehnikat tunnen hästi.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job('müüja-konsultant', 'Aiamaailm OÜ', '2019-04', null, true, '04/2019 – tänaseni'),
        lines: [
          'Aiamaailm OÜ (Tartu aiakeskus) – müüja-konsultant, 04/2019 – tänaseni',
          'Taimede, väetiste ja aiatehnika müük ja nõustamine, suuremate tellimuste vormistamine ja ' +
            'kohaletoomise planeerimine, kevaditi hooajatöötajate juhendamine. Aiakeskuse käive on umbes 3 mln € ' +
            'aastas.',
        ],
      },
      {
        ...job('aednik', 'Haljastus Pluss OÜ', '2017-05', '2018-09', false, '05/2017 – 09/2018'),
        lines: [
          'Haljastus Pluss OÜ – aednik, 05/2017 – 09/2018 (hooajatöö, talvel tööl ei käinud)',
          'Muru rajamine, istutamine ja hooldus eramute ja korterelamute juures.',
        ],
      },
      {
        ...job('kassapidaja', 'Toidupood Kaarsild OÜ', '2015-06', '2017-04', false, '06/2015 – 04/2017'),
        lines: ['Toidupood Kaarsild OÜ – kassapidaja, 06/2015 – 04/2017'],
      },
    ],
    education: [
      edu('kutseharidus', 'Räpina Aianduskool, aednik, kutseharidus, 2016–2018 (töö kõrvalt)', {
        field: 'aednik',
        institution: 'Räpina Aianduskool',
        startYear: 2016,
        endYear: 2018,
      }),
      edu('keskharidus', 'Tartu Kivilinna Gümnaasium, keskharidus, 2015', {
        institution: 'Tartu Kivilinna Gümnaasium',
        endYear: 2015,
      }),
    ],
    courses: [named('Taimekaitsevahendite kasutamine', 'Taimekaitsevahendite kasutamine, 2020')],
    certifications: [],
    languages: [lang('et', 'native', ''), lang('en', 'B1', ''), lang('ru', 'A2', '')],
    languagesText: ['eesti – emakeel, inglise – B1, vene – A2'],
    skills: ['Juhiload B. Excel ja Google tabelid. Olen kohusetundlik ja õpin kiiresti.'],
    clientBase: null,
    competencies: ['coaching', 'communication', 'customer_focus', 'organisation'],
  },
  {
    id: 'et-h33-16-pdf-punktid-kasitoopiiritus-votmekliendihaldur-ketid-soome-baarmenist',
    format: 'pdf',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Tina Kuusteist',
    email: 'tina.kuusteist3316@example.com',
    phone: '+372 5812 6630',
    contactLines: ['Tallinn, Kalamaja'],
    tagline: 'Võtmekliendihaldur – alkohoolsed joogid',
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      certifications: 'Sertifikaadid',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen baarist tulnud joogimüüja. Praegu hoian käsitööpiiritusetehase võtmekliente: 5 jaeketti Eestis, 2 ' +
        'laevade tax-free operaatorit ja 7 Soome restorani- ja hotelliketti, kokku 14 võtmeklienti. 2025. aastal ' +
        'ostsid nad meilt 2,7 mln € eest. Minu vastas on kategooriajuhid ja ostujuhid, kes otsustavad, kas toode ' +
        'valikusse tuleb. Tehas villib aastas umbes 380 000 pudelit ginni, viina ja likööri.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Võtmekliendihaldur',
        'Põhjaranniku Piiritusetehas OÜ',
        '2022-02',
        null,
        true,
        'veebruar 2022 – praegu',
        [
          'Aastaläbirääkimised jaekettide ja tax-free operaatoritega',
          'Soome ketid: hinnad, menüüjoogid ja baaritöötajate koolitused',
          'Kampaaniad ja väljapanekud koostöös turundusega',
        ],
        'Tallinn',
      ),
      job(
        'Müügiesindaja (HoReCa)',
        'Joogimaailm AS',
        '2017-05',
        '2022-01',
        true,
        'mai 2017 – jaanuar 2022',
        ['Tallinna restoranid ja baarid, umbes 90 klienti', 'Veinide ja kangete jookide valiku nõustamine'],
        'Tallinn',
      ),
      job(
        'Vanembaarmen',
        'Kokteilibaar Sinine Tund OÜ',
        '2012-09',
        '2017-04',
        false,
        'september 2012 – aprill 2017',
        ['Kokteilikaart, baari laoseis ja noorte baarmenite juhendamine'],
        'Tallinn',
      ),
    ],
    education: [
      edu('bakalaureus', 'Tallinna Ülikool, ajalugu, bakalaureus, 2009–2012', {
        field: 'ajalugu',
        institution: 'Tallinna Ülikool',
        startYear: 2009,
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [named('WSET Level 3 Award in Spirits', 'WSET Level 3 Award in Spirits (2021)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('fi', 'B2', 'soome – B2'),
      lang('ru', 'B1', 'vene – B1'),
    ],
    skills: ['Läbirääkimised jaekettidega', 'Ärivaist', 'Kategooriaanalüüs Excelis', 'Juhiload B'],
    clientBase: { activeAccounts: 14, annualRevenueEur: 2_700_000, segment: 'international', decisionMakers: true },
    competencies: ['coaching', 'entrepreneurship', 'negotiation', 'teamwork'],
  },
  {
    id: 'et-h33-17-word-luhike-kaks-veergu-hambatehnikust-hambalabori-kliendisuhete-juht',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Tina Seitseteist',
    email: 'tina.seitseteist3317@example.org',
    phone: '+372 5303 1717',
    contactLines: ['Tallinn'],
    tagline: 'Kliendisuhete juht, hambalabor',
    headings: { contact: 'Kontakt', profile: 'Minust', work: 'Töö', skills: 'Oskused', languages: 'Keeled' },
    profile: [
      'Hambatehnik, kes nüüd hoiab labori suhteid kliinikutega. 70 hambakliinikut üle Eesti, 2025. aastal ' +
        'tellisid nad meilt töid 1,3 mln € eest. Kliinikute omanikud – enamasti hambaarstid ise – otsustavad, ' +
        'millise laboriga töötada.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job('Kliendisuhete juht', 'Dentalab Põhja OÜ', '2023-01', null, true, '01.2023 – praegu', [
        'uued kliinikud, hinnakokkulepped, kaebused',
        'digitaalsete jäljendite juurutamine kliinikutes',
      ]),
      job('Hambatehnik', 'Dentalab Põhja OÜ', '2015-08', '2022-12', false, '08.2015 – 12.2022'),
      job('Hambatehnik', 'Hambatehnika Labor OÜ', '2011-09', '2015-07', false, '09.2011 – 07.2015'),
    ],
    education: [
      edu('rakenduskõrgharidus', 'Tallinna Tervishoiu Kõrgkool, hambatehnik, rakenduskõrgharidus, 2008–2011', {
        field: 'hambatehnik',
        institution: 'Tallinna Tervishoiu Kõrgkool',
        startYear: 2008,
        endYear: 2011,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B2', 'vene – B2'),
      lang('en', 'B2', 'inglise – B2'),
    ],
    skills: ['Kliendikeskne', 'CAD/CAM (exocad)', 'Täpne'],
    clientBase: { activeAccounts: 70, annualRevenueEur: 1_300_000, segment: 'national', decisionMakers: true },
    competencies: ['customer_focus'],
  },
  {
    id: 'et-h33-18-tekst-pikk-tabel-teraskonstruktsioonid-projektimuuk-1987-eesti-soome',
    format: 'txt',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Tina Kaheksateist',
    nameLine: 'CV  Kandidaat Tina Kaheksateist',
    email: 'tina.kaheksateist3318@example.net',
    phone: '+372 5058 1918',
    contactLines: ['Tartu', 'Sünniaasta 1968'],
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused ja täiendõpe',
      certifications: 'Kutsetunnistus',
      languages: 'Keeled',
      skills: 'Oskused',
      workTable: ['Aeg', 'Ettevõte', 'Amet'],
    },
    profile: [
      'Ehitusinsener ja müügijuht. Metalliga olen töötanud 1987. aastast: lukksepp, meister, tehnoloog, ' +
        'konstruktor, projektijuht ja alates 2014. aastast teraskonstruktsioonide müügijuht. Müün tehase ' +
        'konstruktsioone (karkassid, kandurid, trepid, piirded) ehitusettevõtetele ja arendajatele Eestis ja ' +
        'Soomes.',
      'Minu kliendid on umbes 40 ehitusettevõtet ja arendajat, pooled neist Soomes. 2025. aastal sõlmisin ' +
        'nendega lepinguid 6,5 mln € eest. Läbirääkimisi pean ehitusfirmade juhatuse liikmete ja hankejuhtidega, ' +
        'kes otsustavad, kellelt tellida. Tehas valmistab aastas umbes 9 000 tonni konstruktsioone, töötajaid ' +
        'on 260.',
      'Olen täpne ja rahulik, tunnen ehitusprotsessi ja oskan lugeda jooniseid paremini kui enamik müüjaid. ' +
        'Otsin müügijuhi või võtmekliendihalduri tööd ehitus- või tööstusettevõttes.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Müügijuht', 'Rauaprojekt AS', '2014', null, true, '2014 – praegu', [
        'hinnapäringute analüüs, pakkumiste ja lepingute läbirääkimised',
        'klientide külastus objektidel Eestis ja Soomes, kohtumised peatöövõtjate hankeosakondadega',
        'koostöö projekteerijate ja tootmisplaneerijaga tarneaegade kokkuleppimisel',
        'suurimad lepingud: kaubanduskeskus Espoos (2019, 1,8 mln €), logistikahoone Tartus (2023, 1,2 mln €)',
        'hinnakalkulatsioonid koos tootmise eelarvestajaga, marginaalide kontroll',
        'messid: Helsingi FinnBuild (2016, 2018, 2022), Tallinna Ehitusmess',
        'Soome klientidega lepingud Soome ehituse üldtingimuste (YSE 1998) alusel',

        'Soome klientide osakaal tõusis 2014. aasta 10%-lt 2025. aastaks umbes 50%-le',
      ]),
      job('Projektijuht', 'Rauaprojekt AS', '2007', '2013', false, '2007 – 2013', [
        'tootmis- ja paigaldusprojektide juhtimine, alltöövõtjad, eelarved',
        'objektijuhtide ja paigaldajate töö koordineerimine',
        'aastas 25–35 projekti, suurim 2 400 tonni (tehasehoone Pärnus, 2011)',
        'tellijate vastuvõtukoosolekud ja garantiiküsimused',
      ]),
      job('Konstruktor', 'Insenerbüroo Tugi OÜ', '2001', '2006', false, '2001 – 2006', [
        'teraskonstruktsioonide arvutused ja tööjoonised (Tekla, AutoCAD)',
        'objektid: tootmishooned, laohooned, kaks jalakäijate silda',
        'esimesed Soome tellimused – sealt algas minu soome keel',
      ]),
      job('Tehnoloog', 'Emajõe Metall AS', '1994', '2001', false, '1994 – 2001', [
        'tootmistehnoloogia, lõike- ja keevituskaardid',
        'ISO 9001 kvaliteedisüsteemi juurutamine 1998',
        'esimesed ekspordiprojektid Rootsi, tehniline suhtlus klientidega',
      ]),
      job('Meister', 'Tartu Ehitusmontaaž', '1990', '1994', false, '1990 – 1994', [
        'montaažibrigaad, 12 töötajat',
        'põllumajandushoonete ja laohoonete karkasside montaaž',
      ]),
      job('Lukksepp', 'Tartu Ehitusmontaaž', '1987', '1990', false, '1987 – 1990', [
        'metallkonstruktsioonide valmistamine ja montaaž, keevitus',
      ]),
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: 'Eraldi märgin: 2006. aasta lõpus olin neli kuud kodus pärast põlveoperatsiooni, siis tulin Rauaprojekti.',
      },
    ],
    education: [
      edu('bakalaureusekraad', 'Tallinna Tehnikaülikool, ehitus, bakalaureusekraad (kaugõpe), 1995–2000', {
        field: 'ehitus',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 1995,
        endYear: 2000,
      }),
      edu('kutsekeskharidus', 'Tartu Ehitustehnikum, metallkonstruktsioonid, keskeriharidus, 1983–1987', {
        field: 'metallkonstruktsioonid',
        institution: 'Tartu Ehitustehnikum',
        startYear: 1983,
        endYear: 1987,
      }),
    ],
    courses: [
      named('Tekla Structures edasijõudnutele', 'Tekla Structures edasijõudnutele, 2004'),
      named('Eurokoodeks 3 teraskonstruktsioonid', 'Eurokoodeks 3 teraskonstruktsioonid, TTÜ, 2008'),
      named('Ehituslepingud ja ETÜ 2013 üldtingimused', 'Ehituslepingud ja ETÜ 2013 üldtingimused, 2015'),
      named('B2B müük ja läbirääkimised', 'B2B müük ja läbirääkimised, 2014'),
      named('Soome keel tööalaseks suhtluseks', 'Soome keel tööalaseks suhtluseks, 2016–2018'),
      named('Projektijuhtimine ehituses', 'Projektijuhtimine ehituses, 2009'),
      named('EN 1090 tootmisohje', 'EN 1090 tootmisohje, 2013'),
      named('Tööohutus ehitusplatsil', 'Tööohutus ehitusplatsil, 2019'),
      named('Keevitustehnoloogia alused', 'Keevitustehnoloogia alused, 1996'),
      named('Juhtimine ja meeskonna motiveerimine', 'Juhtimine ja meeskonna motiveerimine, 2011'),
    ],

    certifications: [named('Ehitusinsener, tase 6', 'Ehitusinsener, tase 6 (2010, taastõendatud 2025)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'C1', 'vene – C1'),
      lang('fi', 'B2', 'soome – B2'),
      lang('en', 'B2', 'inglise – B2'),
      lang('de', 'A2', 'saksa – A2'),
    ],
    skills: [
      'Tehniline müük',
      'Analüütiline mõtlemine',
      'Tekla Structures, AutoCAD, Excel, Pipedrive',
      'Juhiload B, C',
    ],
    closing: [
      { kind: 'heading', text: 'Soovitajad' },
      {
        kind: 'paragraph',
        text:
          'Rauaprojekt AS tegevjuht; Insenerbüroo Tugi OÜ juhataja; üks Soome kliendi hankejuht. Kontaktid esitan ' +
          'pärast esimest vestlust.',
      },
      { kind: 'heading', text: 'Lisainfo' },
      {
        kind: 'paragraph',
        text:
          'Olen valmis sõitma Soome ja vajadusel ka Rootsi, praegu olen Soomes keskmiselt kaks päeva kuus. ' +
          'Eesti Ehitusinseneride Liidu liige alates 2002. Arvutioskused: Tekla Structures (vaatamine ja ' +
          'mudelist koguste võtmine), AutoCAD, Excel, MS Project, Pipedrive. Palgasoov vestlusel.',
      },
      { kind: 'heading', text: 'Vaba aeg' },
      {
        kind: 'paragraph',
        text:
          'Jalgrattasõit (Tartu Rattamaraton 14 korda), vanade mootorrataste taastamine – garaažis on kolm ' +
          'Jawat ja üks IŽ, maakodu ehitamine Otepää lähedal. Talvel suusatan ja käin jääl kalal.',
      },
    ],
    clientBase: { activeAccounts: 40, annualRevenueEur: 6_500_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'sales', 'teamwork'],
  },
  {
    id: 'et-h33-19-pdf-pikk-kolm-lehte-kehalise-opetajast-spordipindade-muugijuht-rakvere',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tina Üheksateist',
    email: 'tina.yheksateist3319@example.com',
    phone: '+372 5566 1919',
    contactLines: ['Rakvere, Lääne-Virumaa', 'Sündinud 1980'],
    tagline: 'Müügijuht – spordipõrandad ja spordisaalide sisustus',
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Täiendkoolitused',
      certifications: 'Kutsetunnistused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen endine kehalise kasvatuse õpetaja ja kergejõustikutreener, kes on nüüd kaheksa aastat müünud ' +
        'spordisaalide põrandaid ja sisustust. Tean, mida kool või spordiklubi vajab, sest olen ise nendes saalides ' +
        'tunde andnud.',
      'Praegu on minu klientideks 65 omavalitsust, kooli ja spordiklubi üle Eesti. Suhtlen spordijuhtide, ' +
        'koolide majandusjuhatajate ja valdade hankespetsialistidega; suurem osa lepinguid tuleb riigihangete ' +
        'kaudu. 2025. aastal sõlmisin lepinguid 2,1 mln € eest. Spordipind on paigaldanud üle Eesti üle 140 ' +
        'spordisaali põranda ning paigaldab aastas umbes 18 000 m² põrandaid.',
      'Kirjutan siia kõik oma töökohad, sest neist igaühest on midagi kaasa tulnud: vetelpäästjana õppisin ' +
        'vastutust, õpetajana selgitamist, treenerina kannatlikkust ja müügis järjekindlust.',
      'Miks vahetan tööd: Spordipinna omanik müüs ettevõtte 2026. aasta suvel suuremale ehitusgrupile ja ' +
        'väiksemate spordiobjektide müük lõpetatakse järgmisest aastast. Otsin kohta, kus saaksin edasi töötada ' +
        'avaliku sektori ja spordiklientidega – kas müügijuhi, võtmekliendihalduri või projektimüügi juhina.',
    ],

    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Müügijuht', 'Spordipind OÜ', '2018-08', null, true, '08.2018 – praegu', [
          'spordipõrandate, tribüünide, korvpallikonstruktsioonide ja võimlemisvarustuse müük',
          'hangete jälgimine, pakkumiste koostamine, lepingud ja üleandmine',
          'objektide ülevaatus, mõõdistamine ja lahenduse valik koos projektijuhiga',
          'garantiiaegsete hoolduste planeerimine',
          'suuremad projektid: Rakvere spordihall (2019), Tartu kooli spordikompleks (2022), kolm Harjumaa ' +
            'valla koolimaja (2023–2024)',
          'koostöö arhitektide ja projekteerijatega juba projekteerimise etapis',
          'tootjate (Saksamaa, Soome, Itaalia) esindajatega tehniliste lahenduste ja hindade kokkuleppimine',
          'klientidele näidisobjektide külastuste korraldamine – kõige rohkem aitab see, kui spordijuht saab ' +
            'ise uuel põrandal joosta',
          'müügitulemus: 2019 – 1,2 mln €, 2022 – 1,7 mln €, 2025 – 2,1 mln €',
        ]),
        lines: ['MÜÜGIJUHT', 'Spordipind OÜ, Rakvere · 08.2018 – praegu'],
      },
      {
        ...job('Müügiesindaja', 'Sporditarbed Balti AS', '2014-09', '2018-07', true, '09.2014 – 07.2018', [
          'koolide, lasteaedade ja spordiklubide spordivarustus Ida- ja Lääne-Virumaal ning Järvamaal',
          'kataloogimüük, koolide külastused, väiksemad hanked',
          'esimese aastaga kasvatasin piirkonna müüki 40%',
          'koolide kehalise kasvatuse õpetajatele tootepäevad ja uute spordialade (saalihoki, rannavõrkpall) ' +
            'varustuse tutvustamine',
          'kooliaasta alguse ja hangete hooaja planeerimine koos laoga',
        ]),
        lines: ['MÜÜGIESINDAJA', 'Sporditarbed Balti AS, Tallinn (töö Rakverest) · 09.2014 – 07.2018'],
      },
      {
        ...job(
          'Kehalise kasvatuse õpetaja',
          'Rakvere Vallimäe Kool',
          '2006-08',
          '2014-08',
          false,
          '08.2006 – 08.2014',
          [
            'kehalise kasvatuse tunnid 5.–12. klassile',
            'kooli spordipäevade ja maakondlike võistluste korraldamine',
            'kooli spordisaali remondi ja uue põranda hanke ettevalmistamine 2012 – seal nägin esimest korda, ' +
              'kuidas spordipõrandat müüakse',
            'noorte õpetajate juhendamine, klassijuhataja',
            'kooli võrkpallivõistkond tuli kaks korda Eesti koolide meistriks (2011, 2013)',
            'liikumisvahetundide projekt „Liikuma kutsuv kool“ meie koolis 2013–2014',
          ],
        ),
        lines: ['KEHALISE KASVATUSE ÕPETAJA', 'Rakvere Vallimäe Kool · 08.2006 – 08.2014'],
      },
      {
        ...job('Kergejõustikutreener', 'Spordiklubi Sprint MTÜ', '2003-09', '2010-05', false, '09.2003 – 05.2010', [
          'laste ja noorte treeningrühmad (osalise koormusega, õpetajatöö kõrvalt)',
          'võistlustele sõidud ja laagrid',
          'rühmas 15–25 last vanuses 8–16, mitu noort jõudis Eesti noorte koondisse',
        ]),
        lines: ['KERGEJÕUSTIKUTREENER', 'Spordiklubi Sprint MTÜ, Rakvere · 09.2003 – 05.2010'],
      },
      {
        ...job('Vetelpäästja', 'Rakvere Spordikeskus', '2001', '2003', false, '2001–2003, suviti'),

        lines: ['VETELPÄÄSTJA', 'Rakvere Spordikeskus (ujula ja rand) · 2001–2003, suviti'],
      },
    ],
    afterJobs: [
      { kind: 'paragraph', text: 'Ajateenistus 1999–2000, Kaitseväe Ühendatud Õppeasutused, Tartu.' },
      { kind: 'heading', text: 'Olulisemad tulemused müügis' },
      {
        kind: 'bullets',
        items: [
          'Spordipinnas 2018–2025 kokku 58 spordisaali põrandat ja 12 tribüüni, neist 21 uue kooli või spordihoone ' +
            'projektis',
          'Lääne-Virumaa omavalitsuste raamleping 2021–2025 (kõik maakonna koolid), mille ettevalmistamine võttis ' +
            'poolteist aastat',
          'Sporditarvetes Virumaa piirkonna müük 2014. aasta 180 000 €-lt 2017. aastaks 310 000 €-ni',
          'Olen esinenud omavalitsuste spordijuhtide suvekoolis teemal „Spordisaali põranda valik ja hooldus“ ' +
            '(2022, 2024)',
        ],
      },
      { kind: 'heading', text: 'Vabatahtlik tegevus' },
      {
        kind: 'bullets',
        items: [
          'Eesti Kergejõustikuliidu kohtunik alates 2005',
          'Rakvere Spordikooli hoolekogu liige 2015–2021',
          'Laste kergejõustikulaagri korraldaja igal suvel alates 2008',
        ],
      },
      { kind: 'heading', text: 'Arvutioskused' },
      {
        kind: 'paragraph',
        text:
          'MS Word, Excel (hinnakalkulatsioonid, pivot-tabelid), PowerPoint; Pipedrive CRM igapäevaselt; ' +
          'Riigihangete register ja e-arveldaja; AutoCAD-i joonistest saan aru ja oskan neid mõõta, aga ise ei ' +
          'projekteeri. Google Workspace, Teams ja Zoom klientidega kohtumisteks.',
      },
    ],
    education: [
      edu('magistrikraad', 'Tartu Ülikool, kehalise kasvatuse õpetaja, magistrikraad, 2003–2006', {
        field: 'kehalise kasvatuse õpetaja',
        institution: 'Tartu Ülikool',
        startYear: 2003,
        endYear: 2006,
      }),
      edu('bakalaureusekraad', 'Tartu Ülikool, kehakultuur, bakalaureusekraad, 2000–2003', {
        field: 'kehakultuur',
        institution: 'Tartu Ülikool',
        startYear: 2000,
        endYear: 2003,
      }),
      edu('keskharidus', 'Rakvere Gümnaasium, keskharidus, 1999', {
        institution: 'Rakvere Gümnaasium',
        endYear: 1999,
      }),
    ],
    courses: [
      named('Riigihangete pakkumuste koostamine', 'Riigihangete pakkumuste koostamine, 2019'),
      named('Müügiläbirääkimised', 'Müügiläbirääkimised, 2015'),
      named('Spordipõrandate standardid EN 14904', 'Spordipõrandate standardid EN 14904, Saksamaa, 2018'),
      named('Ehitusprojekti lugemine mitteinsenerile', 'Ehitusprojekti lugemine mitteinsenerile, 2020'),
      named('Pipedrive CRM', 'Pipedrive CRM, 2018'),
      named('Esmaabi', 'Esmaabi, 2021'),
      named('Klassijuhataja töö', 'Klassijuhataja töö, 2008'),
      named('Liikumisõpetus algklassides', 'Liikumisõpetus algklassides, 2010'),
      named('Ajajuhtimine', 'Ajajuhtimine, 2016'),
    ],
    certifications: [named('Õpetaja, tase 7', 'Õpetaja, tase 7 (2012)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – B2'),
      lang('ru', 'B1', 'vene – B1'),
      lang('de', 'A2', 'saksa – A2'),
    ],
    skills: [
      'Suhtlemisoskus',
      'Meeskonnatöö',
      'Planeerimine',
      'MS Office, Pipedrive, Riigihangete register',
      'Juhiload B',
    ],
    closing: [
      { kind: 'heading', text: 'Lisainfo' },
      {
        kind: 'paragraph',
        text:
          'Vetelpäästja tunnistus kehtis 2001–2004, seda enam ei ole. Treener, tase 5 (kergejõustik) kutse sain ' +
          '2008, see kehtis viis aastat ja ma ei pikendanud seda, kui treeneritööst loobusin. Olen Eesti ' +
          'Kergejõustikuliidu kohtunik ' +
          '(vabatahtlik) ja Rakvere valla spordikomisjoni liige.',
      },
      { kind: 'heading', text: 'Soovitajad' },
      {
        kind: 'bullets',
        items: [
          'Spordipind OÜ juhataja – kontakt soovi korral',
          'Rakvere Vallimäe Kooli direktor (minu endine juht), tel +372 5199 0022',
          'Kliendi poolt: ühe Harjumaa valla spordijuht – kontakt soovi korral',
        ],
      },
      { kind: 'heading', text: 'Hobid' },
      {
        kind: 'paragraph',
        text:
          'Kergejõustik veteranide klassis (kettaheide), orienteerumine, metsas käimine koeraga. Talvel ' +
          'murdmaasuusatamine – Tartu Maratonil olen käinud kümme korda. Loen ajalooraamatuid, eriti Eesti ' +
          'spordiajalugu, ja olen kirjutanud kaks artiklit maakonnalehte Rakvere spordiväljakute ajaloost. Perega ' +
          'matkame suviti Lahemaal ja Soomaal; kodus on kaks last ja jahikoer.',
      },
    ],
    clientBase: { activeAccounts: 65, annualRevenueEur: 2_100_000, segment: 'national' },
    competencies: ['communication', 'coaching', 'organisation', 'teamwork'],
  },
  {
    id: 'et-h33-20-word-pdf-ist-teisendatud-kaks-veergu-juuksurist-salongikosmeetika-muugiesindaja',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Tina Kakskümmend',
    email: 'tina.kakskymmend3320@example.net',
    phone: '+372 5203 2020',
    contactLines: ['Tallinn, Mustamäe'],
    tagline: 'MÜÜGIESINDAJA   |   PROFESSIONAALNE ILUKOSMEETIKA',
    headings: {
      contact: 'KONTAKT',
      profile: 'MINUST',
      work: 'TÖÖKOGEMUS',
      education: 'HARIDUS',
      certifications: 'KUTSETUNNISTUSED',
      languages: 'KEELED',
      skills: 'OSKUSED',
    },
    profile: [
      'Olin kaheksa aastat juuksur ja neli aastat salongi juhataja. Nüüd müün',
      'professionaalset juuksurikosmeetikat ja salongitarvikuid. Minu kliendid on',
      '130 juuksuri- ja ilusalongi Tallinnas ja Harjumaal; enamasti räägin salongi',
      'omanikuga, kes otsustab ostud ise. 2025. aastal ostsid minu kliendid meilt',
      'kaupa 720 000 € eest.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Müügiesindaja', 'Iluaeg Distributsioon OÜ', '2020-09', null, true, '09.2020 – praegu', [
          'salongide külastused, tellimused, tootekoolitused juuksuritele',
          'uute salongide leidmine, kampaaniad ja messid',
          'maaletooja esindab 6 kaubamärki, ladu umbes 2 500 toodet',
        ]),
        lines: [
          'Müügiesindaja                                   09.2020 – praegu',
          'Iluaeg Distributsioon OÜ, Tallinn',
        ],
      },
      {
        ...job('Juuksur', 'Salong Kääritants OÜ', '2012-06', '2020-08', false, '06.2012 – 08.2020', [
          'naiste ja meeste lõikused, värvimised, pulmasoengud',
          '2016–2020 ka salongi juhataja: kuus juuksurit, kaubatellimused, graafikud',
        ]),
        lines: [
          'Juuksur                                             06.2012 – 08.2020',
          'Salong Kääritants OÜ, Tallinn',
        ],
      },
    ],
    education: [
      edu('kutseharidus', 'Tallinna Teeninduskool, juuksur, kutseharidus, 2009–2012', {
        field: 'juuksur',
        institution: 'Tallinna Teeninduskool',
        startYear: 2009,
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [
      named('Juuksur, tase 4', 'Juuksur, tase 4 (2012)'),
      named('Meisterjuuksur, tase 5', 'Meisterjuuksur, tase 5 (2017)'),
    ],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B2', 'vene – B2'),
      lang('en', 'B1', 'inglise – B1'),
    ],
    skills: ['Müügioskus', 'Loovus', 'Tootekoolituste läbiviimine', 'Juhiload B'],
    clientBase: { activeAccounts: 130, annualRevenueEur: 720_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['innovation', 'sales'],
  },
  {
    id: 'et-h33-21-tekst-e-kiri-korteriuhistute-haldusteenus-kliendihaldur-tartu',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tina Kakskümmend Üks',
    nameLine: 'Kellelt: Kandidaat Tina Kakskümmend Üks',
    tagline: 'Teema: Kandideerimine kliendihalduri ametikohale',
    email: 'tina.kakskymmendyks3321@example.com',
    phone: '+372 5371 2121',
    afterContact: [
      { kind: 'paragraph', text: 'Tere,' },
      {
        kind: 'paragraph',
        text: 'kandideerin kliendihalduri kohale. Lisan oma CV otse kirja, sest telefonis ei õnnestunud faili manustada.',
      },
      {
        kind: 'paragraph',
        text:
          'Praegu töötan Tartus haldusfirmas kliendihaldurina. Minu hallata on 95 korteriühistu lepingud (kokku ' +
          'ligi 4 300 korterit), haldustasusid maksavad need ühistud meile kokku umbes 560 000 € aastas. Käin ' +
          'üldkoosolekutel pakkumist tutvustamas ja räägin läbi ühistute juhatuse liikmetega, kes haldaja valiku ' +
          'üle otsustavad. Varem olin samas firmas majahaldur ja enne seda raamatupidaja-assistent, nii et ' +
          'tunnen nii maju kui ka numbreid.',
      },
    ],
    headings: {
      work: 'Töökohad',
      education: 'Haridus',
      certifications: 'Kutsetunnistus',
      languages: 'Keeled',
      skills: 'Muu',
    },
    profile: [],
    jobStyle: 'inline',
    jobs: [
      job('Kliendihaldur', 'Kodukorraldus Haldus OÜ', '2020-02', null, true, '02.2020 – praegu', undefined, 'Tartu'),
      job(
        'Majahaldur',
        'Kodukorraldus Haldus OÜ',
        '2016-03',
        '2020-01',
        false,
        '03.2016 – 01.2020',
        undefined,
        'Tartu',
      ),
      job(
        'Raamatupidaja-assistent',
        'Tartu Maja Arvestus OÜ',
        '2013-08',
        '2016-02',
        false,
        '08.2013 – 02.2016',
        undefined,
        'Tartu',
      ),
    ],
    education: [
      edu('kutseharidus', 'Tartu Kutsehariduskeskus, raamatupidamine, kutseharidus, 2011–2013', {
        field: 'raamatupidamine',
        institution: 'Tartu Kutsehariduskeskus',
        startYear: 2011,
        endYear: 2013,
      }),
    ],
    courses: [],
    certifications: [named('Kinnisvarahaldur, tase 5', 'Kinnisvarahaldur, tase 5 (2019, taastõendatud 2024)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('en', 'B1', 'inglise – suhtlustasemel'),
    ],
    skills: ['Excel, Merit Palk, Kinnisvaraportaal', 'Juhiload B'],
    closing: [
      { kind: 'paragraph', text: 'Olen nõus tulema vestlusele igal tööpäeval pärast kella 15.' },
      { kind: 'paragraph', text: 'Parimate soovidega' },
      { kind: 'paragraph', text: 'Kandidaat Tina Kakskümmend Üks' },
      { kind: 'paragraph', text: 'Saadetud minu telefonist' },
    ],
    clientBase: { activeAccounts: 95, annualRevenueEur: 560_000, segment: 'regional_smb', decisionMakers: true },
    competencies: [],
  },
  {
    id: 'et-h33-22-pdf-uks-lehekulg-tabel-kokast-koogiviljade-hulgimuugi-esindaja-horeca-tallinn',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Tina Kakskümmend Kaks',
    email: 'tina.kakskymmendkaks3322@example.org',
    phone: '+372 5541 2222',
    contactLines: ['Tallinn, Lasnamäe'],
    headings: { profile: 'Lühidalt', languages: 'Keeled' },
    profile: [
      'Endine kokk, nüüd puu- ja köögiviljade hulgimüügi esindaja. Kliente 85 – restoranid, hotellid ja kohvikud ' +
        'Tallinnas; 2025. aasta müük neile 1,9 mln €. Tellimuse üle otsustab peakokk või omanik, nendega ma ' +
        'suhtlengi.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Müügiesindaja', 'Värske Aed Hulgi OÜ', '2019-03', null, true, '03.2019 – praegu'),
      job('Kokk', 'Restoran Meremeel OÜ', '2014-05', '2019-02', false, '05.2014 – 02.2019'),
      job('Köögiabi', 'Kohvik Kadrioru Aed OÜ', '2012-06', '2014-04', false, '06.2012 – 04.2014'),
    ],
    education: [
      edu('kutseharidus', 'Tallinna Teeninduskool, kokk, kutseharidus, 2010–2012', {
        field: 'kokk',
        institution: 'Tallinna Teeninduskool',
        startYear: 2010,
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('ru', 'native', 'vene – emakeel'),
      lang('et', 'B2', 'eesti – B2'),
      lang('en', 'B1', 'inglise – B1'),
    ],
    skills: ['Toodete tundmine', 'Kliendisuhted', 'Juhiload B'],
    clientBase: { activeAccounts: 85, annualRevenueEur: 1_900_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['relationship_building'],
  },
  {
    id: 'et-h33-23-word-pikk-punktid-it-toest-koolitajaks-it-koolituste-muugijuht-tallinn',
    format: 'docx',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Tina Kakskümmend Kolm',
    email: 'tina.kakskymmendkolm3323@example.net',
    phone: '+372 5622 2323',
    contactLines: ['Tallinn, Kristiine', 'linkedin.example.com/in/tina3323'],
    tagline: 'Ärikliendi müügijuht – IT-koolitused ja sertifitseerimine',
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Sertifikaadid',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen IT-valdkonnas töötanud 2007. aastast: õpingute ajal arvutipoes, siis IT-toes, kolm aastat IT-koolitajana ' +
        'ja alates 2017. aastast koolituskeskuse müügis. Tean koolitusi seestpoolt – olen ise sadu päevi klassi ees ' +
        'seisnud ja oskan kliendile öelda, milline kursus tema inimestele tegelikult sobib.',
      'Praegu olen Digiõpe Koolituskeskuse ärikliendi müügijuht. Minu kliendid on 110 ettevõtet ja riigiasutust ' +
        'üle Eesti – pangad, tarkvarafirmad, ministeeriumid ja omavalitsused. 2025. aastal ostsid nad minu kaudu ' +
        'koolitusi ja sertifitseerimiseksameid 1,4 mln € eest. Minu kontaktid on personalijuhid ja IT-juhid, kes ' +
        'koolituseelarve üle otsustavad.',
      'Olen analüütiline ja rahulik, mulle meeldib ühe kliendiga pikalt koos töötada ja tema meeskonna arengut ' +
        'plaanida mitu aastat ette. Otsin võtmekliendihalduri või müügijuhi rolli IT- või koolitusettevõttes.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Ärikliendi müügijuht', 'Digiõpe Koolituskeskus OÜ', '2020-09', null, true, '09.2020 – praegu'),
        lines: ['Digiõpe Koolituskeskus OÜ: Ärikliendi müügijuht (09.2020 – praegu)'],
        bullets: [
          'Suurklientide aastased koolitusplaanid ja raamlepingud',
          'Riigihanked: pakkumised ja lepingute haldus (5 raamlepingut ministeeriumide ja ametitega)',
          'Uute klientide leidmine, eriti tarkvarafirmade seas',
          'Koolitajatega ja õppejuhiga koos kursuste kohandamine kliendi vajadustele',
          'Kahe noorema kliendihalduri juhendamine',
          'Keskus korraldab aastas üle 900 kursuse ja 2 500 sertifitseerimiseksamit',
          'Klientide koolitusvajaduse kaardistamine: intervjuud juhtidega, oskuste testid, aastaplaani esitlus',
          'Uute koolitusvormide (veebikursused, mentorprogrammid) müük suurklientidele alates 2021',
          'Suuremad lepingud: pank (2021, 3-aastane raamleping), riigi IT-maja (2023), kaks tarkvarafirmat (2024)',
          'Müügitulemus: 2021 – 0,9 mln €, 2023 – 1,2 mln €, 2025 – 1,4 mln €',
        ],
      },
      {
        ...job('Kliendihaldur', 'Digiõpe Koolituskeskus OÜ', '2017-01', '2020-08', true, '01.2017 – 08.2020'),
        lines: ['Digiõpe Koolituskeskus OÜ: Kliendihaldur (01.2017 – 08.2020)'],
        bullets: [
          'Väikesed ja keskmised ettevõtted, avatud kursuste müük',
          'Koolituste kalender, hinnapakkumised ja tagasiside',
          '2019. aastal suurim uute klientide arv meeskonnas (38)',
          'Koolituskeskuse uudiskirja ja klientide infopäevade korraldamine',
          'CRM-i andmete korrastamine ja üleminek HubSpotile 2019',
        ],
      },
      {
        ...job('IT-koolitaja', 'Digiõpe Koolituskeskus OÜ', '2013-08', '2016-12', false, '08.2013 – 12.2016'),
        lines: ['Digiõpe Koolituskeskus OÜ: IT-koolitaja (08.2013 – 12.2016)'],
        bullets: [
          'Microsofti serveri- ja pilvekursused, Exceli ja Office 365 kursused',
          'Umbes 120 koolituspäeva aastas',
          'Õppematerjalide koostamine eesti keelde',
          'Koolitajate tagasiside keskmine 4,7 (viiepallisüsteemis)',
          'Ettevõtete tellimuskoolitused kliendi juures – sealt tekkis huvi müügi vastu',
        ],
      },
      {
        ...job('IT-tugiisik', 'Kesklinna Arvutiabi OÜ', '2010-06', '2013-07', false, '06.2010 – 07.2013'),
        lines: ['Kesklinna Arvutiabi OÜ: IT-tugiisik (06.2010 – 07.2013)'],
        bullets: [
          'Väikeettevõtete arvutite ja võrkude hooldus, umbes 40 lepingulist klienti',
          'Kasutajate koolitamine ja juhendid',
          'Serverite ja varukoopiate seadistamine, kaugtugi',
        ],
      },
      {
        ...job('Arvutimüüja', 'Arvutikeskus Megabait OÜ', '2007-09', '2010-05', true, '09.2007 – 05.2010'),
        lines: ['Arvutikeskus Megabait OÜ: Arvutimüüja (09.2007 – 05.2010, osalise ajaga õpingute kõrvalt)'],
        bullets: ['Arvutite ja tarvikute müük, komplektide kokkupanek, garantiiparandused'],
      },
      {
        ...job('Teenindaja', 'Rannakohvik Pirita OÜ', '2006-06', '2006-08', false, '06.2006 – 08.2006'),
        lines: ['Rannakohvik Pirita OÜ: Teenindaja (06.2006 – 08.2006, suvetöö)'],
      },
    ],
    education: [
      edu('magistrikraad', 'Tallinna Ülikool, andragoogika, magistrikraad, 2014–2016', {
        field: 'andragoogika',
        institution: 'Tallinna Ülikool',
        startYear: 2014,
        endYear: 2016,
      }),
      edu('bakalaureusekraad', 'Tallinna Tehnikaülikool, informaatika, bakalaureusekraad, 2007–2010', {
        field: 'informaatika',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2007,
        endYear: 2010,
      }),
      edu('keskharidus', 'Tallinna Kristiine Gümnaasium, keskharidus, 2007', {
        institution: 'Tallinna Kristiine Gümnaasium',
        endYear: 2007,
      }),
    ],
    courses: [
      named('Lahendusmüük B2B-s', 'Lahendusmüük B2B-s, 2017'),
      named('Võtmekliendihaldus', 'Võtmekliendihaldus, 2021'),
      named('Riigihangete pakkujakoolitus', 'Riigihangete pakkujakoolitus, 2020'),
      named('Koolitusvajaduse analüüs', 'Koolitusvajaduse analüüs, 2015'),
      named('Esinemisoskus', 'Esinemisoskus, 2013'),
      named('HubSpot CRM administraatorile', 'HubSpot CRM administraatorile, 2022'),
      named('Läbirääkimised ostjatega', 'Läbirääkimised ostjatega, 2018'),
      named('Azure Fundamentals ettevalmistus', 'Azure Fundamentals ettevalmistus, 2019'),
    ],
    certifications: [
      named('Täiskasvanute koolitaja, tase 6', 'Täiskasvanute koolitaja, tase 6 (2016, taastõendatud 2024)'),
      named('ITIL 4 Foundation', 'ITIL 4 Foundation (2019)'),
      named('Microsoft Certified: Azure Fundamentals', 'Microsoft Certified: Azure Fundamentals (2019)'),
    ],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('ru', 'B2', 'vene – B2'),
      lang('fi', 'A2', 'soome – A2'),
    ],
    skills: ['Analüüsivõime', 'Lahenduste müük', 'Juhendamine', 'HubSpot, Excel, Power BI', 'Juhiload B'],
    closing: [
      { kind: 'heading', text: 'Lisainfo' },
      {
        kind: 'paragraph',
        text:
          'Cisco CCNA sertifikaat (2011) on aegunud 2014. Microsoft Certified Traineri staatus oli mul aktiivne ' +
          '2014–2017, kui töötasin koolitajana; praegu seda ei ole.',
      },
      { kind: 'heading', text: 'Saavutused' },
      {
        kind: 'bullets',
        items: [
          'Minu klientide koolitustellimused kasvasid 2020–2025 2,3 korda',
          'Viis riigihanke raamlepingut järjest (2020–2025), kokku umbes 2 mln € viie aasta peale',
          'Klientide korduvostude määr 86% (keskuse keskmine 64%)',
          'Olen koostanud keskuse müügiprotsessi kirjelduse, mida kasutatakse uute kliendihaldurite väljaõppes',
        ],
      },
      { kind: 'heading', text: 'Vabatahtlik töö' },
      {
        kind: 'paragraph',
        text: 'Alates 2018 juhendan kord kuus eakate arvutikursust Kristiine raamatukogus.',
      },
      { kind: 'heading', text: 'Soovitajad' },
      {
        kind: 'bullets',
        items: [
          'Digiõpe Koolituskeskus OÜ müügidirektor – tel +372 5600 7788',
          'Ühe ministeeriumi personalijuht (klient 2018. aastast) – kontakt soovi korral',
        ],
      },
      { kind: 'heading', text: 'Hobid' },
      {
        kind: 'paragraph',
        text:
          'Lauamängud (korraldan kord kuus mänguõhtuid), jooksmine – Tallinna Maratoni poolmaraton igal aastal, ' +
          'vanade arvutite kogumine ja taastamine (kogus on üle 30 masina, vanim 1983. aastast). Abikaasa ja ' +
          'kaks last, vabal ajal palju matkamist Lõuna-Eestis.',
      },
    ],
    clientBase: { activeAccounts: 110, annualRevenueEur: 1_400_000, segment: 'national', decisionMakers: true },
    competencies: ['analytical', 'coaching', 'sales'],
  },
  {
    id: 'et-h33-24-pdf-uks-lehekulg-kaks-veergu-teemeistrist-geotekstiilide-muugiesindaja-eesti-lati',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Tina Kakskümmend Neli',
    email: 'tina.kakskymmendneli3324@example.com',
    phone: '+372 5088 2424',
    contactLines: ['Elva, Tartumaa'],
    tagline: 'Müügiesindaja – geosünteetika teedeehitusele',
    headings: { contact: 'Kontakt', profile: 'Profiil', work: 'Töökogemus', skills: 'Oskused', languages: 'Keeled' },
    profile: [
      'Üheksa aastat teedeehituses, nüüd viis aastat geotekstiilide, geovõrkude ja drenaažitoodete müügis. ' +
        'Minu kliendid on 50 tee- ja haljastusfirmat Eestis ja Lätis; 2025. aastal müüsin neile 3,2 mln € eest. ' +
        'Suhtlen ostujuhtide ja objektijuhtidega.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job('Müügiesindaja', 'Geotehnika Baltic OÜ', '2021-11', null, true, 'november 2021 – praegu', [
        'pakkumised objektide kaupa, tehniline nõustamine objektil',
        'Läti kliendid alates 2023',
      ]),
      job('Teemeister', 'Teedeehitus Lõuna AS', '2014-04', '2021-10', false, 'aprill 2014 – oktoober 2021'),
      job('Teetööline', 'Teedeehitus Lõuna AS', '2011-05', '2014-03', false, 'mai 2011 – märts 2014'),
    ],
    education: [
      edu('rakenduskõrgharidus', 'Tallinna Tehnikakõrgkool, teedeehitus, rakenduskõrgharidus, 2007–2011', {
        field: 'teedeehitus',
        institution: 'Tallinna Tehnikakõrgkool',
        startYear: 2007,
        endYear: 2011,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – B2'),
      lang('lv', 'A2', 'läti – A2'),
      lang('ru', 'B1', 'vene – B1'),
    ],
    skills: ['Tehniline müük', 'AutoCAD Civil 3D', 'Juhiload B, C'],
    clientBase: { activeAccounts: 50, annualRevenueEur: 3_200_000, segment: 'international' },
    competencies: ['sales'],
  },
  {
    id: 'et-h33-25-tekst-luhike-punktid-kaevurist-porivaipade-rendi-muugiesindaja-johvi',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Tina Kakskümmend Viis',
    email: 'tina.kakskymmendviis3325@example.org',
    phone: '5390 2525',
    contactLines: ['Jõhvi'],
    headings: { profile: 'Minust', work: 'Töö', education: 'Kool', languages: 'Keeled', skills: 'Muu' },
    profile: [
      'Vahetan ettevõtetes porivaipu ja müün uutele klientidele vaibarenti. Minu ringil on 180 klienti Ida-Virumaal ' +
        '(poed, kontorid, tanklad, koolid), nende rent kokku umbes 210 000 € aastas.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Müügiesindaja',
        'Puhas Samm OÜ',
        '2022-03',
        null,
        true,
        '03.2022 – praegu',
        ['Vaipade vahetus kord nädalas või kord kahe nädala järel', 'Uued lepingud, aastas umbes 30 uut klienti'],
        'Jõhvi',
      ),
      job('Autojuht', 'Virumaa Kaubavedu OÜ', '2017-05', '2022-02', false, '05.2017 – 02.2022', undefined, 'Jõhvi'),
      job('Kaevur', 'Viru Kaevandused AS', '2010-09', '2017-04', false, '09.2010 – 04.2017', undefined, 'Ahtme'),
    ],
    education: [
      edu('kutseharidus', 'Ida-Virumaa Kutsehariduskeskus, kaevandamine, kutseharidus, 2008–2010', {
        field: 'kaevandamine',
        institution: 'Ida-Virumaa Kutsehariduskeskus',
        startYear: 2008,
        endYear: 2010,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('ru', 'native', 'vene – emakeel'),
      lang('et', 'B1', 'eesti – B1'),
      lang('en', 'A2', 'inglise – A2'),
    ],
    skills: ['Juhiload B, C, CE', 'Kliendikeskne, pingekindel'],
    clientBase: { activeAccounts: 180, annualRevenueEur: 210_000, segment: 'regional_smb' },
    competencies: ['customer_focus', 'stress_resistance'],
  },
  {
    id: 'et-h33-26-word-pikk-tabel-pottsepast-korstnate-muugijuht-1990-soovitajad-hobid',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Tina Kakskümmend Kuus',
    nameLine: 'Elulookirjeldus',
    tagline: 'Kandidaat Tina Kakskümmend Kuus',
    email: 'tina.kakskymmendkuus3326@example.net',
    phone: '+372 5126 2626',
    contactLines: ['Vinni vald, Lääne-Virumaa', 'Sündinud 1971'],
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Kutsetunnistused',
      languages: 'Keeleoskus',
      skills: 'Oskused',
      workTable: ['Ametikoht', 'Aeg', 'Ettevõte'],
    },
    workTableOrder: ['title', 'period', 'employer'],
    profile: [
      'Olen pottsepp ja müügimees. 1990. aastast ladusin müüre ja ahje, üheksa aastat oli mul oma pottsepafirma ja ' +
        '2006. aastast müün korstnasüsteeme ja kaminaid. Alates 2012. aastast olen Korstnameistri müügijuht.',
      'Minu kliendid on 60 edasimüüjat (ehitus- ja kaminapoed) ja 25 ehitusfirmat üle Eesti. 2025. aastal ' +
        'müüsime neile korstnaid, kaminaid ja tarvikuid 3,9 mln € eest. Suhtlen poodide omanike ja ' +
        'ehitusfirmade ostujuhtidega, kes otsustavad, milliseid korstnaid nad müüvad või paigaldavad.',
      'Minu eelis on see, et olen ise sadu korstnaid ja ahje ehitanud. Kui pottsepp või ehitaja helistab objektilt, ' +
        'saan aru, mis mure on, ja oskan aidata. Olen rahulik, kehtestav ja usaldusväärne.',
      'Otsin uut väljakutset ehitusmaterjalide või küttesüsteemide tootja või maaletooja juures, kus saaksin ' +
        'juhtida edasimüüjate võrku ja hoida suuremaid kliente. Kolimine ei ole võimalik, aga Tallinnas ja ' +
        'Tartus käin vajadusel igal nädalal.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Müügijuht', 'Korstnameister AS', '2012-04', null, true, 'aprill 2012 – praegu', [
        'edasimüüjate võrk üle Eesti, aastalepingud ja boonused',
        'ehitusfirmadega objektipakkumised ja raamlepingud',
        'müügiesindajate (3) töö juhtimine ja juhendamine',
        'pottseppade koolituspäevad kaks korda aastas, koostöös tehase tehnoloogiga',
        'hinnakirja koostamine ja iga-aastased hinnaläbirääkimised suuremate poodidega',
        'uute toodete (keraamilised moodulkorstnad, saunakorstnad) turule toomine 2015 ja 2020',
        'pretensioonide lahendamine – käin ise objektil vaatamas, kui paigaldusega on probleem',
        'messid: Tallinna Ehitusmess, Tartu Maamess, Eesti Ehitusmess',
        'müük kasvas 2012. aasta 1,6 mln €-lt 2025. aastaks 3,9 mln €-ni',
        'tehas toodab aastas umbes 14 000 korstnat',
      ]),
      job('Müügiesindaja', 'Korstnameister AS', '2006-03', '2012-03', true, 'märts 2006 – märts 2012', [
        'Põhja- ja Ida-Eesti ehituspoed ning pottsepad',
        'tellimused, tootenõustamine, väljapanekud poodides',
        'uute poodide leidmine: 2006 – 12 poodi, 2012 – 38 poodi',
        'poodide müüjatele tootekoolitused ja näidiskorstnate paigaldus poodidesse',
        'esimesed ehitusfirmade objektid (kortermajad Tallinnas ja Rakveres)',
      ]),
      job('Pottsepp', 'Ahjumeister OÜ', '1997-01', '2006-02', false, 'jaanuar 1997 – veebruar 2006', [
        'oma firma: ahjude, pliitide, kaminate ja korstnate ehitus eramutesse',
        'kaks töömeest, tellimused Lääne- ja Ida-Virumaalt',
        'hinnapakkumised ja raamatupidamine',
        'aastas 25–40 objekti, sh mõisate ja vanade talumajade ahjude restaureerimine',
        'firma tegevus lõpetati 2006, kui läksin tööle Korstnameistrisse; osa kliente on minuga siiani',
      ]),
      job('Pottsepp', 'Viru Ehitus AS', '1992-05', '1996-12', false, 'mai 1992 – detsember 1996', [
        'ahjude ja korstnate ehitus kortermajades ja koolides',
        'alates 1994 brigadir, neli pottseppa',
        'esimesed kokkupuuted tehases valmistatud korstnatega – need tulid siis Soomest',
      ]),
      job('Müürsepp', 'Vinni Ehitus', '1990-07', '1992-04', false, 'juuli 1990 – aprill 1992', [
        'laudade ja elamute müüritööd',
        'vanemate meistrite kõrval õppisin ka ahjude ladumist',
      ]),
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: 'Koolivaheaegadel 1986–1989 töötasin suviti Vinni sovhoosi ehitusbrigaadis abitöölisena.',
      },
      { kind: 'heading', text: 'Peamised saavutused' },
      {
        kind: 'bullets',
        items: [
          'Edasimüüjate võrk kasvas 2012. aasta 38 poelt 60 poeni, kõik maakonnad kaetud',
          'Ehitusfirmade raamlepingud (25 firmat) – 2012. aastal oli neid kolm',
          'Pottseppade koolituspäevadel on käinud üle 400 pottseppa',
          'Keraamilise moodulkorstna müük esimesel aastal 1 100 tk (plaan oli 600)',
        ],
      },
    ],

    education: [
      edu(
        'rakenduskõrgharidus',
        'Tartu Ülikooli Pärnu kolledž, ettevõtlus ja projektijuhtimine, rakenduskõrgharidus (sessioonõpe), 2008–2011',
        {
          field: 'ettevõtlus ja projektijuhtimine',
          institution: 'Tartu Ülikooli Pärnu kolledž',
          startYear: 2008,
          endYear: 2011,
        },
      ),
      edu('kutsekeskharidus', 'Rakvere Kutsekeskkool, müürsepp, kutsekeskharidus, 1987–1990', {
        field: 'müürsepp',
        institution: 'Rakvere Kutsekeskkool',
        startYear: 1987,
        endYear: 1990,
      }),
    ],
    courses: [
      named('Müügijuhtimine', 'Müügijuhtimine, 2013'),
      named('Läbirääkimised edasimüüjatega', 'Läbirääkimised edasimüüjatega, 2015'),
      named('Tuleohutus küttesüsteemides', 'Tuleohutus küttesüsteemides, Päästeamet, 2009'),
      named('Korstnate standard EN 1443', 'Korstnate standard EN 1443, 2014'),
      named('Excel müügijuhile', 'Excel müügijuhile, 2016'),
      named('Raamatupidamine väikeettevõttes', 'Raamatupidamine väikeettevõttes, 1998'),
      named('Ahjuehituse ajalugu ja restaureerimine', 'Ahjuehituse ajalugu ja restaureerimine, Vanaajamaja, 2019'),
      named('Meeskonna juhtimine', 'Meeskonna juhtimine, 2012'),
      named('Klienditeenindus telefonis', 'Klienditeenindus telefonis, 2007'),
      named('Ettevõtluse alused', 'Ettevõtluse alused, 1996'),
      named('Soome keel, suhtlustase', 'Soome keel, suhtlustase, 2005'),
    ],
    certifications: [
      named('Pottsepp-meister, tase 5', 'Pottsepp-meister, tase 5 (2004, taastõendatud 2024)'),
      named('Korstnapühkija, tase 4', 'Korstnapühkija, tase 4 (2010, taastõendatud 2025)'),
    ],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('ru', 'B2', 'vene keel – hea'),
      lang('fi', 'B1', 'soome keel – suhtlustasemel'),
      lang('en', 'A2', 'inglise keel – algtase'),
    ],
    skills: [
      'Kehtestav',
      'Juhendamine',
      'Ahjude ja korstnate ehituse praktiline kogemus',
      'Excel, Directo, e-post',
      'Juhiload B, C, BE',
    ],
    closing: [
      { kind: 'heading', text: 'Soovitajad' },
      {
        kind: 'bullets',
        items: [
          'Korstnameister AS juhatuse liige – kontakt soovi korral',
          'Ühe Tartu ehituspoe omanik (klient 2006. aastast) – tel +372 5344 6610',
          'Eesti Pottseppade Koja juhatuse liige – kontakt soovi korral',
        ],
      },
      { kind: 'heading', text: 'Lisainfo' },
      {
        kind: 'paragraph',
        text:
          'Korstnapühkija kutse on mul 2010. aastast, kuigi pühkimistöid teen ainult sõpradele. Olen Eesti ' +
          'Pottseppade Koja kutsekomisjoni liige alates 2014 ning olen olnud Rakvere Kutsekeskkooli müürsepa ' +
          'eriala lõputööde hindaja. Arvutis kasutan Excelit, Directot, Pipedrive’i ja e-posti; kliendikohtumistel ' +
          'sülearvuti ja projektor, et näidata korstnate lõikeid.',
      },
      { kind: 'heading', text: 'Hobid ja muu' },

      {
        kind: 'paragraph',
        text:
          'Vanade talumajade taastamine, mesindus (kümme peret), kalapüük. Olen Eesti Pottseppade Koja liige ja ' +
          'aitan kutseeksamitel. Saan alustada kahe nädala pärast.',
      },
    ],
    clientBase: { activeAccounts: 85, annualRevenueEur: 3_900_000, segment: 'national', decisionMakers: true },
    competencies: ['coaching', 'tact_assertiveness', 'teamwork'],
  },
];

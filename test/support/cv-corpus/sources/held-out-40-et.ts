import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The fortieth held-out set's Estonian CVs: ordinary CVs from yet other people and trades, as people all over Estonia
 * write them in 2026 (Põltsamaa, Abja-Paluoja, Kohtla-Järve, Kuressaare, Rapla, Viljandi, Kose, Paide, Rakvere, Tartu,
 * Lasnamäe, Haapsalu, Narva, Paldiski, Jüri, Kärdla, Räpina, Maardu, Narva-Jõesuu, Pärnu, Mustvee, Keila, Tõrva, Kehra,
 * Värska and Saue), Russian-speaking Estonians among them, with careers from one year to forty. They sell flour to
 * bakeries, honey, industrial gases, hot tubs, tractors, eggs, school photographs, spices, bed linen for hotels, road
 * salt, ventilation units, wild mushrooms and berries, orthopaedic insoles, fishing nets, team sportswear, greenhouses,
 * mineral water and power transformers; a road-sign estimator, a trailer factory's order handler, a hunting-shop
 * manager, a tea importer's marketer, a newspaper's subscription clerk, a stone-worktop estimator, an electric-motor
 * repair coordinator and a candle factory's export assistant work beside sales without selling now.
 */
export const HELD_OUT_40_ET: CvSource[] = [
  {
    id: 'et-h40-01-pdf-pagarist-jahuveski-votmekliendijuht-poltsamaa',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Volfram Üks',
    email: 'volfram.yks4001@example.com',
    phone: '+372 5381 4402',
    contactLines: ['Põltsamaa, Jõgevamaa'],
    tagline: 'Võtmekliendijuht · jahu ja pagaritoodete toorained',
    headings: {
      profile: 'Profiil',
      languages: 'Keeled',
    },
    profile: [
      'Olen õppinud pagariks ja küpsetanud leiba üksteist aastat, neist viis vahetuse vanemana. 2014. aastast ' +
        'töötan veskis: esmalt tehnoloogina, alates 2019. aastast võtmekliendijuhina.',
      'Minu kliendid on 55 pagaritööstust, kondiitriäri ja poeketi kööki üle Eesti. 2025. aastal ostsid nad meilt ' +
        'jahu, jahusegusid ja seemneid kokku 4,2 mln € eest. Suurtes pagaritööstustes on minu vastas tootmisjuht ' +
        'ja ostujuht, väiksemates omanik ise – nemad otsustavad, kelle jahust leib tehakse. Veski jahvatab aastas ' +
        'umbes 60 000 tonni teravilja.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Võtmekliendijuht',
        'Kesk-Eesti Veski AS',
        '2019-02',
        null,
        true,
        'veebruar 2019 – praegu',
        [
          'aastalepingud ja hinnaläbirääkimised pagaritööstustega',
          'küpsetuskatsed koos klientide tehnoloogidega, uute jahusegude tutvustamine',
          'tarnete planeerimine koos logistikaosakonnaga',
        ],
        'Põltsamaa',
      ),
      job(
        'Tehnoloog',
        'Kesk-Eesti Veski AS',
        '2014-05',
        '2019-01',
        false,
        'mai 2014 – jaanuar 2019',
        ['jahu kvaliteedi kontroll ja küpsetuslabor', 'klientide kaebuste lahendamine pagarite juures kohapeal'],
        'Põltsamaa',
      ),
      job(
        'Pagar, vahetuse vanem',
        'Jõgeva Leib OÜ',
        '2003-08',
        '2014-04',
        false,
        'august 2003 – aprill 2014',
        ['leiva ja saia tootmine öövahetuses, alates 2009. aastast kuueliikmelise vahetuse juhtimine'],
        'Jõgeva',
      ),
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Eesti Maaülikool, toiduainete tehnoloogia, rakenduskõrgharidus (sessioonõpe), 2010–2014',
        { field: 'toiduainete tehnoloogia', institution: 'Eesti Maaülikool', startYear: 2010, endYear: 2014 },
      ),
      edu('kutseharidus', 'Põltsamaa Ametikool, pagar, kutseharidus, 2000–2003', {
        field: 'pagar',
        institution: 'Põltsamaa Ametikool',
        startYear: 2000,
        endYear: 2003,
      }),
    ],
    courses: [
      named('Võtmeklientide haldamine', 'Võtmeklientide haldamine, 2020'),
      named('Rukkileiva küpsetamise tehnoloogia', 'Rukkileiva küpsetamise tehnoloogia (Detmold, Saksamaa), 2016'),
    ],
    certifications: [named('Pagar, tase 4', 'Pagar, tase 4 (2006)')],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('en', 'B2', 'inglise keel – hea'),
      lang('ru', 'B1', 'vene keel – suhtlustasemel'),
      lang('de', 'A2', 'saksa keel – algtase'),
    ],
    skills: [
      'Läbirääkimisoskus',
      'Kliendisuhted',
      'Küpsetustehnoloogia ja jahu kvaliteet',
      'Excel, Directo',
      'Juhiload B',
    ],
    clientBase: { activeAccounts: 55, annualRevenueEur: 4_200_000, segment: 'national', decisionMakers: true },
    competencies: ['negotiation', 'organisation', 'relationship_building'],
  },
  {
    id: 'et-h40-02-word-kaks-veergu-mesinike-uhistu-muugijuht-abja-paluoja',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Volfram Kaks',
    email: 'v.kaks4002@example.org',
    phone: '5629 0417',
    contactLines: ['Abja-Paluoja, Mulgi vald', 'Sündinud 1984'],
    tagline: 'Müügijuht – mesi ja mesindustooted',
    headings: {
      profile: 'Tutvustus',
      work: 'Töökäik',
      languages: 'Keeled',
    },
    profile: [
      'Olen mesiniku tütar ja olnud mesilaste juures terve elu. Alates 2018. aastast müün Mulgimaa mesinike ' +
        'ühistu mett ja mesindustooteid. Ühistu 34 liiget peavad kokku ligi 4 000 mesilasperet.',
      'Minu vastutada on kolm jaekaubandusketti ning umbes 70 väiksemat poodi, talupoodi, kohvikut ja turismitalu ' +
        'üle Eesti – kokku 73 klienti, kes ostsid 2025. aastal meilt 1,1 mln € eest. Ketides otsustavad ' +
        'kategooriajuhid, mis riiulile jõuab, väikestes poodides omanik ise.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Müügijuht',
        'Mulgi Mesi TÜ',
        '2018-03',
        null,
        true,
        'märts 2018 – tänaseni',
        [
          'ketilepingud, kampaaniad ja hinnakokkulepped',
          'väikepoodide külastused Lõuna- ja Kesk-Eestis',
          'laadad ja messid, uute toodete (kärjemesi, õietolm, meevein) tutvustamine',
        ],
        'Abja-Paluoja',
      ),
      job(
        'Müügiesindaja',
        'Mulgi Kaubandus OÜ',
        '2010-06',
        '2018-02',
        true,
        'juuni 2010 – veebruar 2018',
        ['toidukaupade tellimused ja väljapanekud kauplustes Viljandi- ja Pärnumaal'],
        'Viljandi',
      ),
      job(
        'Müüja',
        'Abja Kauplus OÜ',
        '2003-09',
        '2010-05',
        true,
        'september 2003 – mai 2010',
        undefined,
        'Abja-Paluoja',
      ),
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Lapsehoolduspuhkusel olin 2013–2015, samal ajal aitasin isal mesilas.' }],
    education: [
      edu('kutseharidus', 'Olustvere Teenindus- ja Maamajanduskool, mesinik, kutseharidus, 2016–2017', {
        field: 'mesinik',
        institution: 'Olustvere Teenindus- ja Maamajanduskool',
        startYear: 2016,
        endYear: 2017,
      }),
      edu('keskharidus', 'Abja Gümnaasium, keskharidus, 2003', { institution: 'Abja Gümnaasium', endYear: 2003 }),
    ],
    courses: [named('Kategooriajuhtimine toidukaubanduses', 'Kategooriajuhtimine toidukaubanduses, 2019')],
    certifications: [named('Mesinik, tase 5', 'Mesinik, tase 5 (2017)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B1', 'inglise – suhtlustasemel'),
      lang('ru', 'A2', 'vene – algtase'),
      lang('lv', 'A2', 'läti – natuke'),
    ],
    skills: ['Suhete loomine', 'Ettevõtlik', 'Planeerimine', 'Excel, Merit Aktiva', 'Juhiload B'],
    clientBase: { activeAccounts: 73, annualRevenueEur: 1_100_000, segment: 'national', decisionMakers: true },
    competencies: ['entrepreneurship', 'organisation', 'relationship_building'],
  },
  {
    id: 'et-h40-03-tekst-tabel-keevitajast-tehnilised-gaasid-kliendihaldur-kohtla-jarve',
    format: 'txt',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Volfram Kolm',
    email: 'volfram.kolm4003@example.net',
    phone: '+372 5552 7310',
    contactLines: ['Kohtla-Järve, Ida-Virumaa'],
    afterContact: [{ kind: 'paragraph', text: 'Sünniaeg 12.10.1981 · Kodakondsus: Eesti' }],
    headings: {
      profile: 'Lühidalt',
      languages: 'Keelteoskus',
      skills: 'Isikuomadused',
      workTable: ['Aeg', 'Ettevõte', 'Ametikoht'],
    },
    profile: [
      'Tehniliste gaaside müügiga tegelen üheksa aastat. Ida-Virumaal on minu klientideks 140 ettevõtet: ' +
        'metallitöökojad, tehased, autoremonditöökojad, haiglad ja laborid. 2025. aastal ostsid nad gaase, ' +
        'balloonide renti ja keevitusseadmeid kokku 1,6 mln € eest. Enne seda töötasin kümme aastat keevitajana, ' +
        'seepärast saan keevitajaga rääkida tema keeles.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Kliendihaldur', 'Põhja Tehnogaas AS', '2017-01', null, true, '01.2017 – praegu', [
        'klientide külastused, gaasivarustuse lepingud ja hinnakokkulepped',
        'balloonide vahetusgraafiku planeerimine koos autojuhtidega',
        'keevitusgaaside ja -seadmete tutvustused töökodades',
      ]),
      job('Keevitaja', 'Kohtla Metall OÜ', '2006-03', '2016-12', false, '03.2006 – 12.2016', [
        'MIG/MAG ja TIG keevitus, metallkonstruktsioonid kaevandustele ja tehastele',
      ]),
      job('Autoplekksepp', 'Järve Auto OÜ', '2000', '2006', false, '2000 – 2006'),
    ],
    education: [
      edu('kutseharidus', 'Ida-Virumaa Kutsehariduskeskus, keevitaja, kutseharidus, 1997–2000', {
        field: 'keevitaja',
        institution: 'Ida-Virumaa Kutsehariduskeskus',
        startYear: 1997,
        endYear: 2000,
      }),
      edu('põhiharidus', 'Kohtla-Järve 9. Keskkool, põhiharidus, 1997', {
        institution: 'Kohtla-Järve 9. Keskkool',
        endYear: 1997,
      }),
    ],
    courses: [
      named('Tehniliste gaaside ohutu käsitsemine', 'Tehniliste gaaside ohutu käsitsemine, 2017'),
      named('Eesti keele kursus B2', 'Eesti keele kursus B2, Töötukassa, 2014'),
    ],
    certifications: [named('Keevitaja, tase 3', 'Keevitaja, tase 3 (2008)')],
    languages: [
      lang('ru', 'native', 'vene keel – emakeel'),
      lang('et', 'B2', 'eesti keel – B2 (tasemeeksam 2015)'),
      lang('en', 'A2', 'inglise keel – algtase'),
    ],
    skills: ['Suhtlemisoskus', 'Pingekindel', 'Keevitustehnoloogia tundmine', 'Juhiload B, C'],
    clientBase: { activeAccounts: 140, annualRevenueEur: 1_600_000, segment: 'regional_smb' },
    competencies: ['communication', 'organisation', 'stress_resistance'],
  },
  {
    id: 'et-h40-04-europass-pdf-tislerist-kumblustynnide-ekspordijuht-kuressaare',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Volfram Neli',
    email: 'neli.volfram4004@example.com',
    phone: '(+372) 5346 8804',
    contactLines: ['Kodakondsus: Eesti', 'Sünniaeg: 14/05/1979', 'Aadress: Kuressaare, Eesti (Kodu)'],
    headings: {
      profile: 'MINUST',
      work: 'TÖÖKOGEMUS',
      education: 'HARIDUS JA KOOLITUS',
      courses: 'KOOLITUSED',
      languages: 'KEELEOSKUS',
      skills: 'SUHTLEMIS- JA INIMSUHTLUSOSKUSED',
    },
    profile: [
      'Müün Saaremaal valmistatud puidust kümblustünne ja välisaunu Kesk-Euroopa edasimüüjatele. Minu vastutusel ' +
        'on 26 edasimüüjat Saksamaal, Austrias ja Šveitsis; 2025. aastal ostsid nad meilt kokku 3,4 mln € eest. ' +
        'Edasimüüjad on enamasti pereettevõtted, kus omanik otsustab ise, milliseid mudeleid näidisplatsile ' +
        'tellida. Tehas valmistab aastas umbes 2 500 tünni.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Ekspordijuht', 'Saare Tünn OÜ', '2020-04', null, true, '01/04/2020 – PRAEGU'),
        lines: ['01/04/2020 – PRAEGU Kuressaare, Eesti', 'EKSPORDIJUHT Saare Tünn OÜ'],
        bullets: [
          'edasimüüjate külastused ja messid (Stuttgart, Salzburg)',
          'aastalepingud, hinnakirjad ja läbirääkimised edasimüüjate omanikega',
          'uute edasimüüjate leidmine Šveitsis – 2025. aastal lisandus neli',
        ],
      },
      {
        ...job('Müügijuht', 'Saare Tünn OÜ', '2015-03', '2020-03', true, '01/03/2015 – 31/03/2020'),
        lines: ['01/03/2015 – 31/03/2020 Kuressaare, Eesti', 'MÜÜGIJUHT Saare Tünn OÜ'],
        bullets: ['Eesti ja Soome eraklientide ning majutusettevõtete päringud, pakkumised ja tellimused'],
      },
      {
        ...job('Tisler', 'Kaali Puidutöö OÜ', '2004-08', '2015-02', false, '01/08/2004 – 28/02/2015'),
        lines: ['01/08/2004 – 28/02/2015 Kuressaare, Eesti', 'TISLER Kaali Puidutöö OÜ'],
        bullets: ['trepid, uksed ja saunasisustus eritellimusel'],
      },
      {
        ...job('Puidutööline', 'Norrland Trä AB', '2001-06', '2004-07', false, '01/06/2001 – 31/07/2004'),
        lines: ['01/06/2001 – 31/07/2004 Östersund, Rootsi', 'PUIDUTÖÖLINE Norrland Trä AB'],
      },
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        '01/09/2012 – 15/06/2016 Tallinn, Eesti · ÄRIJUHTIMINE (RAKENDUSKÕRGHARIDUS, SESSIOONÕPE) Eesti ' +
          'Ettevõtluskõrgkool Mainor · Riikliku kvalifikatsiooniraamistiku tase: EKR tase 6',
        {
          field: 'ärijuhtimine',
          institution: 'Eesti Ettevõtluskõrgkool Mainor',
          startYear: 2012,
          endYear: 2016,
        },
      ),
      edu(
        'kutseharidus',
        '01/09/1995 – 15/06/1998 Kuressaare, Eesti · TISLER (KUTSEHARIDUS) Kuressaare Ametikool · Riikliku ' +
          'kvalifikatsiooniraamistiku tase: EKR tase 4',
        { field: 'tisler', institution: 'Kuressaare Ametikool', startYear: 1995, endYear: 1998 },
      ),
    ],
    courses: [named('Saksa keel ärisuhtluses', '2019 – Saksa keel ärisuhtluses (B1–B2), Kuressaare Rahvaülikool')],
    certifications: [],
    languages: [lang('et', 'native', ''), lang('de', 'B2', ''), lang('en', 'B2', ''), lang('sv', 'A2', '')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Emakeel(ed): EESTI' },
      { kind: 'paragraph', text: 'Muu(d) keel(ed):' },
      {
        kind: 'table',
        header: ['', 'KUULAMINE', 'LUGEMINE', 'SUULINE SUHTLUS', 'SUULINE ESITUS', 'KIRJUTAMINE'],
        rows: [
          ['SAKSA', 'B2', 'B2', 'B2', 'B1', 'B1'],
          ['INGLISE', 'B2', 'B2', 'B2', 'B2', 'B1'],
          ['ROOTSI', 'B1', 'B1', 'A2', 'A2', 'A2'],
        ],
      },
      {
        kind: 'paragraph',
        text: 'Tasemed: A1 ja A2: algtase; B1 ja B2: iseseisev kasutaja; C1 ja C2: vaba keelekasutaja',
      },
    ],
    skills: [
      'Kliendikesksus – edasimüüja murele leian lahenduse samal päeval',
      'Läbirääkimisoskus – hinnad ja tarnetingimused lepin kokku otse omanikega',
    ],
    closing: [
      { kind: 'heading', text: 'DIGIOSKUSED' },
      { kind: 'paragraph', text: 'Microsoft Office | Pipedrive | Directo | SketchUp' },
      { kind: 'heading', text: 'JUHILUBA' },
      { kind: 'paragraph', text: 'Juhiluba: B, BE' },
    ],
    clientBase: { activeAccounts: 26, annualRevenueEur: 3_400_000, segment: 'international', decisionMakers: true },
    competencies: ['customer_focus', 'negotiation'],
  },
  {
    id: 'et-h40-05-word-punktid-teetoolisest-liiklusmarkide-hinnastaja-muugita-rapla',
    format: 'docx',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Volfram Viis',
    email: 'viis.volfram4005@example.org',
    phone: '5198 2265',
    contactLines: ['Rapla'],
    headings: {
      profile: 'Kokkuvõte',
      languages: 'Keeled',
    },
    profile: [
      'Olen liikluskorraldusvahendite firmas hinnastaja ja projektijuht. Koostan liiklusmärkide, piirdepiirete ja ' +
        'teekattemärgistuse hinnapakkumisi riigihangetele ja ehitusfirmadele ning korraldan töö objektil. ' +
        'Pakkumised esitab ja lepingud sõlmib müügijuht – minu asi on, et hind oleks õige ja töö tehtud. Enne ' +
        'seda olin kaheksa aastat teetööline ja brigadir.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Hinnastaja-projektijuht', 'Teemärk OÜ', '2021-09', null, false, '09.2021 – praegu', [
          'hinnapakkumised riigihangetele ja ehitusfirmadele, aastas umbes 250 pakkumist',
          'ajutise liikluskorralduse skeemide koostamine',
          'paigaldusbrigaadide töö planeerimine',
        ]),
        lines: ['09.2021 – praegu — Hinnastaja-projektijuht, Teemärk OÜ (Rapla)'],
      },
      {
        ...job('Brigadir', 'Raplamaa Teed AS', '2016-04', '2021-08', false, '04.2016 – 08.2021', [
          'teehooldus- ja remonditööde brigaadi (kuus inimest) juhtimine',
          'talvine teehooldus Rapla- ja Järvamaal',
        ]),
        lines: ['04.2016 – 08.2021 — Brigadir, Raplamaa Teed AS (Rapla)'],
      },
      {
        ...job('Teetööline', 'Raplamaa Teed AS', '2013-05', '2016-03', false, '05.2013 – 03.2016'),
        lines: ['05.2013 – 03.2016 — Teetööline, Raplamaa Teed AS (Rapla)'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Vabatahtlik tegevus' },
      { kind: 'paragraph', text: 'Kohila vabatahtlik päästekomando, päästja alates 2015. aastast.' },
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Tallinna Tehnikakõrgkool, teedeehitus, rakenduskõrgharidus (sessioonõpe), 2017–2021',
        {
          field: 'teedeehitus',
          institution: 'Tallinna Tehnikakõrgkool',
          startYear: 2017,
          endYear: 2021,
        },
      ),
      edu('keskharidus', 'Rapla Ühisgümnaasium, keskharidus, 2012', {
        institution: 'Rapla Ühisgümnaasium',
        endYear: 2012,
      }),
    ],
    courses: [
      named('Ajutise liikluskorralduse koolitus', 'Ajutise liikluskorralduse koolitus, Transpordiamet, 2021'),
      named('Riigihangete alused', 'Riigihangete alused, 2022'),
    ],
    certifications: [named('Teehooldetööline, tase 3', 'Teehooldetööline, tase 3 (2015)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – B2'),
      lang('ru', 'B1', 'vene – B1'),
    ],
    skills: ['Täpsus', 'Meeskonnatöö', 'AutoCAD, Excel, riigihangete register', 'Juhiload B, C'],
    clientBase: null,
    competencies: ['organisation', 'teamwork'],
  },
  {
    id: 'et-h40-06-tekst-traktorimehaanikust-pollumajandustehnika-muugiesindaja-viljandi',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Volfram Kuus',
    email: 'traktorid.kuus4006@example.com',
    phone: '+372 5091 3376',
    contactLines: ['Viljandi', 'Sündinud 1971'],
    headings: {
      profile: 'KOKKUVÕTE',
      work: 'TÖÖKOGEMUS',
      education: 'HARIDUS',
      courses: 'KOOLITUSED',
      languages: 'KEELED',
      skills: 'OSKUSED',
    },
    profile: [
      'Põllumajandustehnikaga olen tegelenud 1994. aastast: neliteist aastat mehaanikuna, alates 2008. aastast ' +
        'müügis. Minu piirkond on Viljandi- ja Pärnumaa, kus on mu klientideks umbes 260 talu ja ' +
        'põllumajandusettevõtet. 2025. aastal ostsid nad minu kaudu masinaid ja seadmeid kokku 5,9 mln € eest, ' +
        'sellest 38 traktorit. Taludes otsustab peremees, suuremates ettevõtetes juhataja – mõlemaga räägin põllu ' +
        'ääres, mitte kontoris.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Müügiesindaja',
        'Agrotehnika Lõuna AS',
        '2013-01',
        null,
        true,
        'jaanuar 2013 – praegu',
        [
          'traktorite ja põllutöömasinate pakkumised, proovisõidud ja üleandmised',
          'liisingu- ja järelmaksulahendused koos pankadega',
          'kasutatud masinate hindamine ja vahetusvõtmine',
        ],
        'Viljandi',
      ),
      job(
        'Müügikonsultant',
        'Viljandi Masinakeskus OÜ',
        '2008-03',
        '2012-12',
        true,
        'märts 2008 – detsember 2012',
        ['varuosad ja väiksem tehnika letist, talude külastused'],
        'Viljandi',
      ),
      job(
        'Traktorimehaanik',
        'Viljandi Masinakeskus OÜ',
        '1998-05',
        '2008-02',
        false,
        'mai 1998 – veebruar 2008',
        undefined,
        'Viljandi',
      ),
      job('Mehaanik', 'Paistu Agro AS', '1994', '1998', false, '1994 – 1998', undefined, 'Paistu'),
    ],
    education: [
      edu(
        'kutsekeskharidus',
        'Olustvere Sovhoostehnikum, põllumajanduse mehhaniseerimine, kutsekeskharidus, 1986–1990',
        {
          field: 'põllumajanduse mehhaniseerimine',
          institution: 'Olustvere Sovhoostehnikum',
          startYear: 1986,
          endYear: 1990,
        },
      ),
    ],
    courses: [
      named('Tehnikaliisingu alused', 'Tehnikaliisingu alused, 2014'),
      named('Täppisviljeluse süsteemid ja GPS-juhtimine', 'Täppisviljeluse süsteemid ja GPS-juhtimine, 2019'),
    ],
    certifications: [],
    languages: [lang('et', 'native', ''), lang('ru', 'B2', ''), lang('en', 'B1', ''), lang('de', 'A2', '')],
    languagesText: [
      'Emakeel eesti. Vene keelt räägin hästi (hea), inglise keelt suhtlustasemel, saksa keelt oskan algtasemel.',
    ],
    skills: [
      'Läbirääkimisoskus',
      'Põllumajandustehnika remont ja diagnostika',
      'Suhtevõrgustik Viljandi- ja Pärnumaa põllumeeste seas',
      'Juhiload B, C, T',
    ],
    clientBase: { activeAccounts: 260, annualRevenueEur: 5_900_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building'],
  },
  {
    id: 'et-h40-07-linkedin-pdf-kulgriba-munatootja-key-account-manager-kose',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Volfram Seitse',
    email: 'v.seitse4007@example.com',
    phone: '+372 5820 4407',
    contactLines: ['linkedin.example.com/in/volfram-seitse (LinkedIn)'],
    tagline: 'Key Account Manager | Munad ja munatooted | Eesti jaekaubandus',
    afterContact: [{ kind: 'paragraph', text: 'Kose, Harjumaa, Eesti' }],
    headings: {
      contact: 'Contact',
      profile: 'Summary',
      work: 'Experience',
      education: 'Education',
      languages: 'Languages',
      skills: 'Top Skills',
    },
    profile: [
      'Vastutan munatootja suurimate klientide eest: kuus jaekaubandusketti ja neli hulgimüüjat üle Eesti, kokku ' +
        '10 võtmeklienti, kelle ostud olid 2025. aastal 9,5 mln €. Aastalepingud, hinnad ja kampaaniad lepin ' +
        'kokku ketide ostujuhtidega, kes otsustavad, kelle munad riiulile lähevad. Farmis on 420 000 kana – ' +
        'tean, mida lubada ja mida mitte.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Key Account Manager',
          'Kose Munad AS',
          '2022-01',
          null,
          true,
          'January 2022 - Present (4 years 11 months)',
        ),
        lines: [
          'Kose Munad AS',
          '8 years 4 months',
          'Key Account Manager',
          'January 2022 - Present (4 years 11 months)',
          'Kose, Harjumaa, Eesti',
          'Jaeketid ja hulgimüüjad: aastalepingud, kampaaniaplaanid, omamärgitooted.',
        ],
      },
      {
        ...job(
          'Müügiesindaja',
          'Kose Munad AS',
          '2018-08',
          '2021-12',
          true,
          'August 2018 - December 2021 (3 years 5 months)',
        ),
        lines: [
          'Müügiesindaja',
          'August 2018 - December 2021 (3 years 5 months)',
          'Harjumaa, Eesti',
          'Restoranid, kohvikud ja väikepoed Tallinnas ja Harjumaal.',
        ],
      },
      {
        ...job(
          'Ostuassistent',
          'Harju Hulgi OÜ',
          '2016-05',
          '2018-07',
          false,
          'May 2016 - July 2018 (2 years 3 months)',
        ),
        lines: [
          'Harju Hulgi OÜ',
          'Ostuassistent',
          'May 2016 - July 2018 (2 years 3 months)',
          'Tallinn, Eesti',
          'Page 1 of 2',
        ],
      },
      {
        ...job(
          'Klienditeenindaja',
          'Kose Kauplus OÜ',
          '2012-06',
          '2016-04',
          false,
          'June 2012 - April 2016 (3 years 11 months)',
        ),
        lines: [
          'Kose Kauplus OÜ',
          'Klienditeenindaja',
          'June 2012 - April 2016 (3 years 11 months)',
          'Kose, Harjumaa, Eesti',
        ],
      },
    ],
    education: [
      edu('bakalaureusekraad', 'Tallinna Tehnikaülikool · Bakalaureusekraad, Ärikorraldus · (2012 - 2016)', {
        field: 'Ärikorraldus',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2012,
        endYear: 2016,
      }),
      edu('keskharidus', 'Kose Gümnaasium · Keskharidus · (2009 - 2012)', {
        institution: 'Kose Gümnaasium',
        startYear: 2009,
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', 'Eesti keel (Native or Bilingual)'),
      lang('en', 'C1', 'English (Full Professional)'),
      lang('ru', 'B1', 'Vene keel (Limited Working)'),
      lang('fi', 'A2', 'Soome keel (Elementary)'),
    ],
    skills: ['Key Account Management', 'Negotiation', 'Category Management'],
    closing: [{ kind: 'paragraph', text: 'Page 2 of 2' }],
    clientBase: { activeAccounts: 10, annualRevenueEur: 9_500_000, segment: 'national', decisionMakers: true },
    competencies: ['negotiation'],
  },
  {
    id: 'et-h40-08-word-sildid-keevitajast-haagisetehase-tellimuste-haldur-muugita-paide',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Volfram Kaheksa',
    email: 'kaheksa4008@example.net',
    phone: '5344 1908',
    contactLines: ['Paide, Järvamaa'],
    headings: {
      profile: 'Enesetutvustus',
      languages: 'Keeled',
    },
    profile: [
      'Töötan haagisetehases tellimuste haldurina: võtan edasimüüjatelt tellimused vastu, kontrollin ' +
        'komplektsuse, panen need tootmisplaani ja hoian edasimüüjaid tarnetega kursis. Hinnad ja lepingud on ' +
        'müügijuhi teha, mina hoolitsen, et tellitu ka õigel ajal valmis saaks. Enne kontoritööd olin seitse aastat ' +
        'samas tehases keevitaja ja komplekteerija, nii et tunnen iga haagist seestpoolt. Tehas toodab umbes 4 000 ' +
        'haagist aastas.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Aeg', title: 'Ametikoht', employer: 'Ettevõte', duties: 'Mida tegin' },
    jobs: [
      job(
        'Tellimuste haldur',
        'Järva Haagised AS',
        '2021-02',
        null,
        false,
        '02/2021 – praegu',
        [
          'edasimüüjate tellimused Eestist, Soomest ja Lätist, nende sisestamine tootmisplaani',
          'tarneaegade kooskõlastamine tootmise ja logistikaga',
          'garantiijuhtumite registreerimine',
        ],
        'Paide',
      ),
      job(
        'Keevitaja-komplekteerija',
        'Järva Haagised AS',
        '2014-03',
        '2021-01',
        false,
        '03/2014 – 01/2021',
        ['haagiseraamide keevitamine, telgede ja elektrijuhtmestiku paigaldus'],
        'Paide',
      ),
      job('Laotööline', 'Paide Ehituskaubad OÜ', '2012-07', '2014-02', false, '07/2012 – 02/2014', undefined, 'Paide'),
    ],
    education: [
      edu('kutseharidus', 'Järvamaa Kutsehariduskeskus, keevitaja, kutseharidus, 2009–2012', {
        field: 'keevitaja',
        institution: 'Järvamaa Kutsehariduskeskus',
        startYear: 2009,
        endYear: 2012,
      }),
      edu('põhiharidus', 'Paide Põhikool, põhiharidus, 2009', { institution: 'Paide Põhikool', endYear: 2009 }),
    ],
    courses: [
      named('Exceli kursus edasijõudnutele', 'Exceli kursus edasijõudnutele, 2021'),
      named('Logistika alused', 'Logistika alused (Töötukassa koolituskaardiga), 2020'),
    ],
    certifications: [named('Keevitaja, tase 3', 'Keevitaja, tase 3 (2013)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('en', 'B1', 'inglise – suhtlustasemel'),
      lang('fi', 'A2', 'soome – algtase'),
    ],
    skills: ['Täpne ja kohusetundlik', 'Koostöö tootmise ja laoga', 'Excel, Directo, Monitor ERP', 'Juhiload B, BE'],
    clientBase: null,
    competencies: ['teamwork'],
  },
  {
    id: 'et-h40-09-pdf-punktid-metsatoolisest-jahipoe-juhataja-rakvere',
    format: 'pdf',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Volfram Üheksa',
    email: 'v.yheksa4009@example.com',
    phone: '+372 5301 9949',
    contactLines: ['Rakvere', 'Sündinud 1990'],
    headings: {
      profile: 'Minust lühidalt',
      work: 'Töö',
      languages: 'Keeled',
      skills: 'Oskused ja load',
    },
    profile: [
      'Jahimees ja kaupluse juhataja. Juhin Rakvere jahi- ja kalastuskauplust, kus töötab neli müüjat, ning ' +
        'vastutan tellimuste, laoseisu ja kaupluse käibe eest (2025. aastal 1,2 mln €). Enne juhatajaks saamist ' +
        'olin samas poes kuus aastat müüja-konsultant ja aitasin jahimeestel valida relvi, optikat ja riietust.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Kaupluse juhataja', 'Virumaa Jahimees OÜ', '2021-05', null, false, 'alates maist 2021', [
          'nelja müüja töögraafik ja juhendamine',
          'tarnijate tellimused ja hooajakampaaniad',
          'relvade ja laskemoona arvestus ning lubade kontroll',
        ]),
        lines: ['Kaupluse juhataja | Virumaa Jahimees OÜ, Rakvere | alates maist 2021'],
      },
      {
        ...job('Müüja-konsultant', 'Virumaa Jahimees OÜ', '2015-03', '2021-04', true, 'märts 2015 – aprill 2021', [
          'klientide nõustamine relvade, optika ja jahiriietuse valikul',
          'relvade hooldus ja sihikute seadistamine poe töökojas',
        ]),
        lines: ['Müüja-konsultant | Virumaa Jahimees OÜ, Rakvere | märts 2015 – aprill 2021'],
      },
      {
        ...job('Metsatööline', 'Lääne-Viru Metsad OÜ', '2010-06', '2015-02', false, 'juuni 2010 – veebruar 2015'),
        lines: ['Metsatööline | Lääne-Viru Metsad OÜ | juuni 2010 – veebruar 2015'],
      },
    ],
    education: [
      edu('kutseharidus', 'Luua Metsanduskool, metsur, kutseharidus, 2008–2010', {
        field: 'metsur',
        institution: 'Luua Metsanduskool',
        startYear: 2008,
        endYear: 2010,
      }),
      edu('keskharidus', 'Rakvere Gümnaasium, keskharidus, 2008', { institution: 'Rakvere Gümnaasium', endYear: 2008 }),
    ],
    courses: [
      named('Relvaseadus relvamüüjatele', 'Relvaseadus relvamüüjatele, 2016'),
      named('Kaupluse juhtimine ja meeskonna motiveerimine', 'Kaupluse juhtimine ja meeskonna motiveerimine, 2021'),
    ],
    certifications: [named('Metsur, tase 3', 'Metsur, tase 3 (2010)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('fi', 'A2', 'soome – algtase'),
    ],
    skills: [
      'Juhendamisoskus',
      'Kliendikeskne',
      'Relvade ja optika tundmine',
      'Jahitunnistus, relvaluba',
      'Juhiload B',
    ],
    clientBase: null,
    competencies: ['coaching', 'customer_focus'],
    closing: [
      { kind: 'heading', text: 'Vabal ajal' },
      { kind: 'paragraph', text: 'Rakvere jahiseltsi liige, koolitan jahikoeri.' },
    ],
  },
  {
    id: 'et-h40-10-tekst-kaks-veergu-fotograafist-koolifotode-muugijuht-tartu',
    format: 'txt',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Volfram Kümme',
    email: 'kymme.foto4010@example.org',
    phone: '5566 1032',
    contactLines: ['Tartu, Annelinn', 'Sündinud 1993'],
    tagline: 'Müügijuht – kooli- ja lasteaiafotod',
    headings: {
      profile: 'Kes ma olen',
      work: 'Töö',
      languages: 'Keeled',
    },
    profile: [
      'Olen fotograaf, kes müüb. Alates 2021. aastast sõlmin fotostuudio nimel lepinguid koolide ja lasteaedadega ' +
        'Lõuna-Eestis: klassipildid, lõpualbumid, lasteaia rühmapildid. Minu kliendid on 210 kooli ja lasteaeda ' +
        'Tartu-, Põlva-, Võru-, Valga- ja Jõgevamaal; 2025/2026. õppeaastal tellisid koolid ja vanemad pilte ja ' +
        'albumeid kokku 680 000 € eest. Fotograafi valiku teeb direktor või lasteaia juhataja, tihti koos ' +
        'hoolekoguga.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Müügijuht',
        'Pildikool OÜ',
        '2021-08',
        null,
        true,
        'august 2021 – praegu',
        [
          'koolide ja lasteaedade külastused, pakkumised ja lepingud',
          'pildistamispäevade planeerimine kuue fotograafiga',
          'lõpualbumite tellimused ja kaebuste lahendamine',
        ],
        'Tartu',
      ),
      job(
        'Fotograaf',
        'Pildikool OÜ',
        '2017-09',
        '2021-07',
        false,
        'september 2017 – juuli 2021',
        ['klassipildid, rühmapildid ja lõpuaktused'],
        'Tartu',
      ),
      {
        ...job('Fotograaf', 'FIE', '2015', '2017', false, '2015 – 2017', ['pulmad, peod ja portreed']),
        lines: ['2015 – 2017   Fotograaf – FIE (vabakutseline), Tartu'],
      },
    ],
    education: [
      edu('rakenduskõrgharidus', 'Tartu Kõrgem Kunstikool, fotograafia, rakenduskõrgharidus, 2012–2016', {
        field: 'fotograafia',
        institution: 'Tartu Kõrgem Kunstikool',
        startYear: 2012,
        endYear: 2016,
      }),
      edu('keskharidus', 'Tartu Jaan Poska Gümnaasium, keskharidus, 2012', {
        institution: 'Tartu Jaan Poska Gümnaasium',
        endYear: 2012,
      }),
    ],
    courses: [
      named('Lightroom edasijõudnutele', 'Lightroom edasijõudnutele, 2018'),
      named('Müügipsühholoogia', 'Müügipsühholoogia, 2022'),
    ],
    certifications: [named('Fotograaf, tase 5', 'Fotograaf, tase 5 (2019)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – vabalt'),
      lang('ru', 'A2', 'vene – algtase'),
      lang('es', 'A2', 'hispaania – A2'),
    ],
    skills: ['Suhtlemisoskus', 'Loovus', 'Planeerimine', 'Lightroom, Photoshop, Excel', 'Juhiload B'],
    clientBase: { activeAccounts: 210, annualRevenueEur: 680_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'innovation', 'organisation'],
  },
  {
    id: 'et-h40-11-word-tabel-kokast-vurtsimaaletooja-muugiesindaja-lasnamae',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Volfram Üksteist',
    email: 'volfram.yksteist4011@example.com',
    phone: '+372 5627 1184',
    contactLines: ['Tallinn, Lasnamäe'],
    headings: {
      profile: 'Minust',
      work: 'Tööd',
      languages: 'Keeled',
      workTable: ['Aeg', 'Amet', 'Firma'],
    },
    workTableOrder: ['period', 'title', 'employer'],
    profile: [
      'Töötan vürtside ja toidulisandite maaletoojas müügiesindajana alates 2019. aastast. Minu kliendid on ' +
        'lihatööstused, kalatööstused, restoranid ja toitlustajad Tallinnas ja Harjumaal, kokku 90 klienti. 2025. ' +
        'aastal ostsid nad meilt 1,4 mln € eest. Väikestes firmades räägin otse omaniku või peakokaga, kes ' +
        'otsustab ise. Olen varem olnud kokk, seega oskan soovitada, milline segu millisele tootele sobib.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Müügiesindaja', 'Maitsekaubad OÜ', '2019-04', null, true, '04.2019 – …', [
        'klientide külastused, tootetestid ja degusteerimised',
        'hinnapakkumised ja läbirääkimised lihatööstuste ostjatega',
        'uute maitseainesegude väljatöötamine koos klientide tehnoloogidega',
      ]),
      job('Sous-chef', 'Kadrioru Köök OÜ', '2014-06', '2019-03', false, '06.2014 – 03.2019', [
        'köögi töö korraldus, menüü ja sisseostud',
      ]),
      job('Kokk', 'Lasnamäe Toitlustus OÜ', '2009-09', '2014-05', false, '09.2009 – 05.2014'),
    ],
    education: [
      edu('kutseharidus', 'Tallinna Teeninduskool, kokk, kutseharidus, 2006–2009', {
        field: 'kokk',
        institution: 'Tallinna Teeninduskool',
        startYear: 2006,
        endYear: 2009,
      }),
      edu('põhiharidus', 'Tallinna Laagna Gümnaasium, põhiharidus, 2006', {
        institution: 'Tallinna Laagna Gümnaasium',
        endYear: 2006,
      }),
    ],
    courses: [
      named('Toiduhügieen ja HACCP', 'Toiduhügieen ja HACCP, 2019'),
      named('Eesti keel ametialaseks suhtluseks (B2–C1)', 'Eesti keel ametialaseks suhtluseks (B2–C1), 2020'),
    ],
    certifications: [named('Vanemkokk, tase 5', 'Vanemkokk, tase 5 (2015)')],
    languages: [
      lang('ru', 'native', 'vene – emakeel'),
      lang('et', 'C1', 'eesti – C1 (tasemeeksam 2021)'),
      lang('uk', 'B2', 'ukraina – hea (ema on Harkivist)'),
      lang('en', 'B1', 'inglise – B1'),
    ],
    skills: ['Läbirääkimisoskus', 'Kliendikesksus', 'Toidutehnoloogia ja retseptid', 'Juhiload B'],
    clientBase: { activeAccounts: 90, annualRevenueEur: 1_400_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'negotiation'],
  },
  {
    id: 'et-h40-12-pdf-kaks-veergu-teepoe-muujast-turundusspetsialist-muugita-haapsalu',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Volfram Kaksteist',
    email: 'kaksteist.tee4012@example.net',
    phone: '5343 9012',
    contactLines: ['Haapsalu', 'linkedin.example.com/in/volfram-kaksteist'],
    tagline: 'Turundusspetsialist · tee ja kohv',
    headings: {
      contact: 'Kontakt',
      languages: 'Keeled',
    },
    profile: [
      'Töötan tee maaletoojas turundusspetsialistina: teen katalooge, e-poe ja sotsiaalmeedia sisu ning ' +
        'korraldan degusteerimisi kauplustes ja messidel. Kliente ma ei halda – hulgikliendid on müügijuhtidel, ' +
        'minu töö on anda neile materjalid ja üritused. Enne turundust töötasin teepoes müüjana ja õppisin tee ' +
        'kohta kõike, mida sai.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Turundusspetsialist',
        'Läänemere Tee OÜ',
        '2022-03',
        null,
        false,
        'märts 2022 – praegu',
        [
          'e-poe ja sotsiaalmeedia sisu, uudiskirjad',
          'degusteerimised kauplustes ja messidel, aastas umbes 40 üritust',
          'kataloogid ja hinnakirjad müügijuhtidele',
          'koostöö disaineri ja trükikojaga',
        ],
        'Haapsalu',
      ),
      job(
        'Müüja',
        'Teepood Lill OÜ',
        '2018-06',
        '2022-02',
        true,
        'juuni 2018 – veebruar 2022',
        ['klientide nõustamine, teesegude valmistamine ja pakendamine', 'e-poe tellimused'],
        'Haapsalu',
      ),
      job('Administraator', 'Läänemere Puhkemaja OÜ', '2016', '2018', false, 'suved 2016–2018', undefined, 'Haapsalu'),
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Tallinna Ülikooli Haapsalu kolledž, käsitöötehnoloogia ja disain, rakenduskõrgharidus, 2015–2018',
        {
          field: 'käsitöötehnoloogia ja disain',
          institution: 'Tallinna Ülikooli Haapsalu kolledž',
          startYear: 2015,
          endYear: 2018,
        },
      ),
      edu('keskharidus', 'Haapsalu Gümnaasium, keskharidus, 2015', {
        institution: 'Haapsalu Gümnaasium',
        endYear: 2015,
      }),
    ],
    courses: [
      named('Digiturunduse alused', 'Digiturunduse alused (Google ja Meta reklaamid), 2022'),
      named('Tee-sommeljee kursus', 'Tee-sommeljee kursus, Tallinn, 2020'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – vabalt'),
      lang('fi', 'B2', 'soome – hea'),
      lang('ru', 'A2', 'vene – algtase'),
    ],
    skills: ['Loovus', 'Meeskonnatöö', 'Canva, InDesign, Shopify, Mailchimp', 'Tootefotod'],
    clientBase: null,
    competencies: ['innovation', 'teamwork'],
  },
  {
    id: 'et-h40-13-vana-europass-word-kudujast-voodipesu-ekspordijuht-narva',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Volfram Kolmteist',
    nameLine: 'Europass Elulookirjeldus',
    email: 'volfram.kolmteist4013@example.com',
    phone: '+372 5861 3320',
    contactLines: ['Aadress: Narva, Ida-Viru maakond'],
    afterContact: [
      { kind: 'heading', text: 'Isikuandmed' },
      {
        kind: 'table',
        rows: [
          ['Ees- ja perekonnanimi', 'Kandidaat Volfram Kolmteist'],
          ['Kodakondsus', 'eesti'],
          ['Sünniaeg', '03.07.1976'],
          ['Sugu', 'naine'],
        ],
      },
      { kind: 'heading', text: 'Soovitud töökoht / tegevusala' },
      { kind: 'paragraph', text: 'Ekspordijuht / võtmekliendijuht, kodutekstiil' },
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
        'Ekspordijuht (Põhjamaad ja Saksamaa)',
        'Narva Linane AS',
        '2016-09',
        null,
        true,
        'september 2016 – praeguseni',
        [
          'hotellikettide, pesumajade ja kodutekstiili hulgimüüjate portfell Soomes, Rootsis, Norras ja Saksamaal ' +
            '– 35 aktiivset klienti',
          'aastalepingud ja hinnaläbirääkimised klientide ostudirektoritega, kes otsustavad tarnija valiku',
          'klientide ostud 2025. aastal kokku 5,2 mln €',
          'messid Frankfurdis ja Stockholmis, kliendikülastused',
        ],
        'Tallinna mnt 41, Narva',
      ),
      job(
        'Müügijuht (Baltikum)',
        'Narva Linane AS',
        '2008-02',
        '2016-08',
        true,
        'veebruar 2008 – august 2016',
        ['voodipesu ja rätikute müük hotellidele ja haiglatele Eestis, Lätis ja Leedus'],
        'Narva',
      ),
      job(
        'Tootmismeister',
        'Narva Kangas AS',
        '1998-09',
        '2008-01',
        false,
        'september 1998 – jaanuar 2008',
        ['kudumisvahetuse (40 töötajat) juhtimine, tootmisplaanid ja kvaliteet'],
        'Narva',
      ),
      job('Kuduja', 'Narva Kangas AS', '1994-08', '1998-08', false, 'august 1994 – august 1998', undefined, 'Narva'),
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Lehekülg 1 / 2 - Elulookirjeldus | Kandidaat Volfram Kolmteist' }],
    education: [
      edu(
        'bakalaureusekraad',
        'Kuupäevad: 2000–2004 · Omandatud kvalifikatsioon: bakalaureusekraad, tekstiilitehnoloogia (kaugõpe) · ' +
          'Õppeasutuse nimi ja tüüp: Tallinna Tehnikaülikool',
        { field: 'tekstiilitehnoloogia', institution: 'Tallinna Tehnikaülikool', startYear: 2000, endYear: 2004 },
      ),
      edu(
        'kutsekeskharidus',
        'Kuupäevad: 1991–1994 · Omandatud kvalifikatsioon: kuduja-tehnoloog, kutsekeskharidus · Õppeasutuse nimi ' +
          'ja tüüp: Narva Kergetööstustehnikum',
        { field: 'kuduja-tehnoloog', institution: 'Narva Kergetööstustehnikum', startYear: 1991, endYear: 1994 },
      ),
    ],
    courses: [
      named('Eksporditurunduse koolitus', 'Eksporditurunduse koolitus (kolm moodulit), 2017'),
      named('Saksa keele kursus (B1)', 'Saksa keele kursus (B1), Narva Keeltekool, 2018'),
    ],
    certifications: [],
    languages: [
      lang('ru', 'native', ''),
      lang('et', 'C1', ''),
      lang('en', 'B2', ''),
      lang('fi', 'B1', ''),
      lang('de', 'A2', ''),
    ],
    languageBlocks: [
      { kind: 'paragraph', text: 'Emakeel(ed): vene' },
      { kind: 'paragraph', text: 'Muu(d) keel(ed) – enesehinnang, Euroopa tasemed (*)' },
      {
        kind: 'table',
        header: ['', 'Kuulamine', 'Lugemine', 'Suuline suhtlus', 'Suuline esitus', 'Kirjutamine'],
        rows: [
          ['eesti keel', 'C1', 'C1', 'C1', 'B2', 'B2'],
          ['inglise keel', 'B2', 'B2', 'B2', 'B2', 'B1'],
          ['soome keel', 'B1', 'B1', 'B1', 'A2', 'A2'],
          ['saksa keel', 'A2', 'A2', 'A2', 'A1', 'A1'],
        ],
      },
      { kind: 'paragraph', text: '(*) Euroopa keeleõppe raamdokumendi tasemed' },
      {
        kind: 'paragraph',
        text:
          'Sotsiaalsed oskused ja kompetentsid: suhtlemisoskus neljas keeles, taktitunne hinnakokkulepetes ' +
          'põhjamaiste klientidega',
      },
      {
        kind: 'paragraph',
        text:
          'Organisatsioonilised oskused ja kompetentsid: messide ja kliendikülastuste planeerimine, ' +
          'tootmisvahetuse juhtimine kümme aastat',
      },
      { kind: 'paragraph', text: 'Arvutioskus ja -kompetentsid: MS Office, Axapta, Pipedrive' },
      { kind: 'paragraph', text: 'Juhiluba: B' },
    ],
    skills: [],
    closing: [
      { kind: 'heading', text: 'Lisainfo' },
      { kind: 'paragraph', text: 'Soovitajad esitan soovi korral.' },
      { kind: 'paragraph', text: 'Lehekülg 2 / 2 - Elulookirjeldus | Kandidaat Volfram Kolmteist' },
    ],
    clientBase: { activeAccounts: 35, annualRevenueEur: 5_200_000, segment: 'international', decisionMakers: true },
    competencies: ['communication', 'organisation', 'tact_assertiveness'],
  },
  {
    id: 'et-h40-14-tekst-punktid-sadamast-teesoola-muugijuht-paldiski',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Volfram Neliteist',
    email: 'neliteist.sool4014@example.com',
    phone: '5850 3141',
    contactLines: ['Paldiski, Harjumaa'],
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      languages: 'Keeled',
      skills: 'Muud oskused',
    },
    profile: [
      'Müün teesoola ja libedusetõrjematerjale. Minu kliendid on 27 teehooldusettevõtet üle Eesti ja 18 ' +
        'omavalitsust – kokku 45 klienti, kes ostsid 2025/2026. talvehooajal meilt 6,3 mln € eest. Suuremad ' +
        'lepingud tulevad riigihangetest, seega peavad pakkumised olema täpsed ja õigel ajal. Paldiski laos ' +
        'mahub korraga 80 000 tonni soola.',
      'Enne seda töötasin kaksteist aastat sadamas – kraanaoperaatori ja laevaagendina.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Müügijuht',
        'Baltic Road Salt OÜ',
        '2018-08',
        null,
        true,
        'august 2018 – tänaseni',
        [
          'aastalepingud ja riigihangete pakkumised',
          'talvehooaja tarnete planeerimine koos laoga',
          'uued kliendid Lõuna-Eestis',
        ],
        'Paldiski',
      ),
      job(
        'Laevaagent',
        'Pakri Shipping OÜ',
        '2013-03',
        '2018-07',
        false,
        'märts 2013 – juuli 2018',
        ['laevade sadamakülastuste korraldus, dokumendid ja tolliformaalsused'],
        'Paldiski',
      ),
      job('Kraanaoperaator', 'Paldiski Terminal AS', '2006-05', '2013-02', false, 'mai 2006 – veebruar 2013'),
    ],
    education: [
      edu('rakenduskõrgharidus', 'Eesti Mereakadeemia, logistika, rakenduskõrgharidus (kaugõpe), 2009–2013', {
        field: 'logistika',
        institution: 'Eesti Mereakadeemia',
        startYear: 2009,
        endYear: 2013,
      }),
      edu('keskharidus', 'Paldiski Gümnaasium, keskharidus, 2004', {
        institution: 'Paldiski Gümnaasium',
        endYear: 2004,
      }),
    ],
    courses: [named('Riigihangete pakkumised ja vaidlustamine', 'Riigihangete pakkumised ja vaidlustamine, 2019')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'native', 'vene – emakeel (kodus räägime mõlemat)'),
      lang('en', 'B2', 'inglise – hea'),
      lang('fi', 'B1', 'soome – suhtlustasemel'),
    ],
    skills: ['Pingetaluvus', 'Täpsus pakkumistes', 'Excel, riigihangete register, Directo', 'Juhiload B'],
    clientBase: { activeAccounts: 45, annualRevenueEur: 6_300_000, segment: 'national' },
    competencies: ['organisation', 'stress_resistance'],
  },
  {
    id: 'et-h40-15-pdf-tabel-montoorist-ventilatsiooni-muugiinsener-juri',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Volfram Viisteist',
    email: 'v.viisteist4015@example.org',
    phone: '+372 5620 7715',
    contactLines: ['Jüri, Rae vald', 'Sünniaasta 1987'],
    headings: {
      profile: 'Profiil',
      languages: 'Keeled',
      certifications: 'Kutsetunnistused',
    },
    profile: [
      'Ventilatsiooniinsener, kes on kaheksa aastat olnud müügiinsener. Pakun ventilatsiooniseadmeid ja ' +
        'soojustagastusega agregaate ehitusfirmadele, ventilatsioonipaigaldajatele ja projekteerijatele Tallinnas ja ' +
        'Harjumaal. Minu kliendid on 70 ettevõtet, kes ostsid 2025. aastal kokku 3,8 mln € eest. Suurematel ' +
        'objektidel suhtlen ehitusfirmade hankejuhtide ja projektijuhtidega.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Müügiinsener', 'Õhuvool AS', '2018-05', null, true, '05.2018 – praegu', [
        'seadmete valik ja hinnapakkumised projektide järgi',
        'läbirääkimised ehitusfirmade hankejuhtidega',
        'paigaldajate tootekoolitused',
      ]),
      job('Projekteerija', 'Kliimaprojekt OÜ', '2013-02', '2018-04', false, '02.2013 – 04.2018', [
        'ventilatsiooni- ja jahutussüsteemide projektid ärihoonetele',
      ]),
      job('Ventilatsioonimontöör', 'Harju Ventilatsioon OÜ', '2008-06', '2013-01', false, '06.2008 – 01.2013'),
    ],
    education: [
      edu('bakalaureusekraad', 'Tallinna Tehnikaülikool, hoonete energiatehnika, bakalaureusekraad, 2009–2013', {
        field: 'hoonete energiatehnika',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2009,
        endYear: 2013,
      }),
      edu('kutseharidus', 'Tallinna Ehituskool, ventilatsioonilukksepp, kutseharidus, 2005–2008', {
        field: 'ventilatsioonilukksepp',
        institution: 'Tallinna Ehituskool',
        startYear: 2005,
        endYear: 2008,
      }),
    ],
    courses: [
      named('Energiatõhusad ventilatsioonilahendused', 'Energiatõhusad ventilatsioonilahendused, 2019'),
      named('Tehniline müük', 'Tehniline müük (kahepäevane koolitus), 2018'),
    ],
    certifications: [named('Soojustehnika insener, tase 6', 'Soojustehnika insener, tase 6 (2016)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('ru', 'B2', 'vene – hea'),
      lang('fi', 'A2', 'soome – algtase'),
    ],
    skills: [
      'Läbirääkimisoskus',
      'Analüüsivõime',
      'AutoCAD, MagiCAD, Excel',
      'F-gaaside käitleja tunnistus (kehtis 2012–2017)',
      'Juhiload B',
    ],
    clientBase: { activeAccounts: 70, annualRevenueEur: 3_800_000, segment: 'regional_smb' },
    competencies: ['analytical', 'negotiation'],
  },
  {
    id: 'et-h40-16-word-postiljonist-maakonnalehe-tellimuste-klienditeenindaja-kardla',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Volfram Kuusteist',
    email: 'kuusteist4016@example.net',
    phone: '5343 7716',
    contactLines: ['Kärdla, Hiiumaa', 'Kodus 463 1875'],
    headings: {
      profile: 'Lühidalt',
      work: 'Tööelu',
      languages: 'Keeled',
      skills: 'Mida oskan',
    },
    profile: [
      'Töötan maakonnalehe klienditeeninduses: võtan vastu tellimusi ja pikendusi, lahendan kättetoimetamise ' +
        'muresid ja aitan vanematel lugejatel e-lehe kasutusele võtta. Varem olin kolm aastat sama lehe ' +
        'telemüüja – helistasin endistele ja praegustele tellijatele ning pakkusin uusi pakette. Lehel on ' +
        'umbes 4 800 tellijat.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Klienditeenindaja (tellimused)',
        'Hiiumaa Sõnumid OÜ',
        '2022-09',
        null,
        false,
        'september 2022 – käesoleva ajani',
        [
          'tellimuste, pikenduste ja peatamiste vormistamine',
          'kättetoimetamise kaebused koos kojukandjatega',
          'e-lehe kasutajatoe telefonitsi',
        ],
        'Kärdla',
      ),
      job(
        'Telemüüja',
        'Hiiumaa Sõnumid OÜ',
        '2019-06',
        '2022-08',
        true,
        'juuni 2019 – august 2022',
        ['väljahelistamised, tellimuste pikendused ja uued paketid, kuus umbes 900 kõnet'],
        'Kärdla',
      ),
      job(
        'Kojukandja',
        'Saarte Kojukanne OÜ',
        '2012-04',
        '2019-05',
        false,
        'aprill 2012 – mai 2019',
        ['ajalehtede ja postisaadetiste kojukanne Kärdlas ja Pühalepas'],
        'Kärdla',
      ),
      job('Abikokk', 'Kärdla Sadamakohvik OÜ', '2005', '2010', false, '2005 – 2010', undefined, 'Kärdla'),
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Aastatel 2010–2012 olin kodus kahe väikese lapsega.' }],
    education: [
      edu('kutseharidus', 'Haapsalu Kutsehariduskeskus, kokk, kutseharidus, 2004–2005', {
        field: 'kokk',
        institution: 'Haapsalu Kutsehariduskeskus',
        startYear: 2004,
        endYear: 2005,
      }),
      edu('keskharidus', 'Kärdla Ühisgümnaasium, keskharidus, 2004', {
        institution: 'Kärdla Ühisgümnaasium',
        endYear: 2004,
      }),
    ],
    courses: [named('Keerulised kliendid telefonis', 'Keerulised kliendid telefonis, 2023')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B1', 'inglise – suhtlustasemel'),
      lang('fi', 'A2', 'soome – natuke'),
      lang('ru', 'A2', 'vene – algtase'),
    ],
    skills: ['Klienditeenindus', 'Rahulik ja kannatlik', 'Tellimuste süsteem, Excel, Outlook', 'Juhiload B'],
    clientBase: null,
    competencies: ['customer_focus'],
  },
  {
    id: 'et-h40-17-linkedin-pdf-kulgriba-aednikust-metsaseente-ekspordijuht-rapina',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Volfram Seitseteist',
    email: 'seitseteist.seened4017@example.com',
    phone: '+372 5378 2174',
    contactLines: ['linkedin.example.com/in/volfram-seitseteist (LinkedIn)'],
    tagline: 'Ekspordijuht | Metsaseened ja marjad | Itaalia, Saksamaa, Soome',
    afterContact: [{ kind: 'paragraph', text: 'Räpina, Põlvamaa, Eesti' }],
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
      'Ekspordin Eesti ja Läti metsadest korjatud kukeseeni, puravikke, mustikaid ja pohli. Minu kliendid on 14 ' +
        'importijat ja töötlejat Itaalias, Saksamaal ja Soomes, kes ostsid 2025. aasta hooajal kokku 2,7 mln € ' +
        'eest. Importijate omanikud ja ostujuhid otsustavad hooaja kogused ja hinnad ise – suur osa tööst on ' +
        'kevadel, enne esimest seent. Meie kokkuostuvõrgus on umbes 600 korjajat ja 40 kokkuostupunkti.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Ekspordijuht',
          'Võhandu Metsaannid OÜ',
          '2019-02',
          null,
          true,
          'February 2019 - Present (7 years 10 months)',
        ),
        lines: [
          'Võhandu Metsaannid OÜ',
          '10 years 6 months',
          'Ekspordijuht',
          'February 2019 - Present (7 years 10 months)',
          'Räpina, Põlvamaa, Eesti',
          'Importijad Itaalias, Saksamaal ja Soomes: hooajalepingud, kvaliteedinõuded, värske ja külmutatud ' +
            'kauba logistika.',
        ],
      },
      {
        ...job(
          'Kokkuostujuht',
          'Võhandu Metsaannid OÜ',
          '2016-06',
          '2019-01',
          false,
          'June 2016 - January 2019 (2 years 8 months)',
        ),
        lines: [
          'Kokkuostujuht',
          'June 2016 - January 2019 (2 years 8 months)',
          'Räpina, Põlvamaa, Eesti',
          'Kokkuostupunktide võrk Kagu-Eestis ja Latgales, korjajate arveldused.',
          'Page 1 of 2',
        ],
      },
      {
        ...job(
          'Aednik',
          'Räpina Aiandustalu OÜ',
          '2012-04',
          '2016-05',
          false,
          'April 2012 - May 2016 (4 years 2 months)',
        ),
        lines: ['Räpina Aiandustalu OÜ', 'Aednik', 'April 2012 - May 2016 (4 years 2 months)', 'Räpina, Eesti'],
      },
    ],
    education: [
      edu('bakalaureusekraad', 'Eesti Maaülikool · Bakalaureusekraad, Maamajanduslik ettevõtlus · (2013 - 2017)', {
        field: 'Maamajanduslik ettevõtlus',
        institution: 'Eesti Maaülikool',
        startYear: 2013,
        endYear: 2017,
      }),
      edu('kutseharidus', 'Räpina Aianduskool · Kutseharidus, Aiandus · (2009 - 2012)', {
        field: 'Aiandus',
        institution: 'Räpina Aianduskool',
        startYear: 2009,
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [named('Kauppasieniasiantuntija')],
    languages: [
      lang('et', 'native', 'Eesti keel (Native or Bilingual)'),
      lang('en', 'C1', 'English (Full Professional)'),
      lang('ru', 'B2', 'Vene keel (Professional Working)'),
      lang('it', 'B1', 'Italiano (Limited Working)'),
      lang('fi', 'A2', 'Suomi (Elementary)'),
    ],
    skills: ['Export', 'Negotiation', 'Supply Chain Management'],
    closing: [{ kind: 'paragraph', text: 'Page 2 of 2' }],
    clientBase: { activeAccounts: 14, annualRevenueEur: 2_700_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation'],
  },
  {
    id: 'et-h40-18-tekst-sildid-kiviraidurist-toopaatide-moodistaja-hinnastaja-muugita-maardu',
    format: 'txt',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Volfram Kaheksateist',
    email: 'kaheksateist4018@example.org',
    phone: '5552 0318',
    contactLines: ['Maardu, Harjumaa'],
    headings: {
      profile: 'Minust',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Kiviraiduri taustaga mõõdistaja-hinnastaja. Käin klientide juures kööke ja vannitube mõõtmas, koostan ' +
        'tööplaadi joonise ja hinna ning annan tellimuse tootmisse. Pakkumise saadab ja tehingu teeb salongi ' +
        'müügikonsultant – mina vastutan, et plaat sobiks millimeetri pealt. Aastas mõõdan üle 600 objekti.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Mõõdistaja-hinnastaja',
        'Graniidikoda OÜ',
        '2020-10',
        null,
        false,
        'oktoober 2020 – tänaseni',
        [
          'mõõdistamine kodudes ja köögistuudiotes, mallide valmistamine',
          'tööplaatide joonised ja hinnad',
          'paigaldusgraafiku planeerimine',
        ],
        'Maardu',
      ),
      job(
        'Kiviraidur',
        'Graniidikoda OÜ',
        '2011-03',
        '2020-09',
        false,
        'märts 2011 – september 2020',
        ['graniidi- ja kvartsplaatide lõikamine, lihvimine ja paigaldus', 'trepid ja aknalauad'],
        'Maardu',
      ),
      job('Ehitustööline', 'Maardu Ehitus OÜ', '2008-05', '2011-02', false, 'mai 2008 – veebruar 2011'),
    ],
    education: [
      edu('kutseharidus', 'Tallinna Ehituskool, müürsepp, kutseharidus, 2005–2008', {
        field: 'müürsepp',
        institution: 'Tallinna Ehituskool',
        startYear: 2005,
        endYear: 2008,
      }),
      edu('põhiharidus', 'Maardu Gümnaasium, põhiharidus, 2005', { institution: 'Maardu Gümnaasium', endYear: 2005 }),
    ],
    courses: [
      named('AutoCAD algkursus', 'AutoCAD algkursus, 2020'),
      named('Kvartsplaatide paigaldus', 'Kvartsplaatide paigaldus (tootja koolitus, Hispaania), 2018'),
    ],
    certifications: [named('Kiviraidur, tase 4', 'Kiviraidur, tase 4 (2014)')],
    languages: [lang('ru', 'native', ''), lang('et', 'B2', ''), lang('en', 'A2', '')],
    languagesText: ['Emakeel vene. Eesti keelt räägin hästi (hea), inglise keelt natuke.'],
    skills: ['Täpsus', 'Meeskonnatöö', 'AutoCAD, laserkaugusmõõdik, Excel', 'Juhiload B, BE'],
    clientBase: null,
    competencies: ['organisation', 'teamwork'],
  },
  {
    id: 'et-h40-19-word-kaks-veergu-mahkijast-elektrimootorite-remondi-koordinaator-muugita-narva-joesuu',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Kandidaat Volfram Üheksateist',
    email: 'yheksateist4019@example.net',
    phone: '+372 5398 4119',
    contactLines: ['Narva-Jõesuu, Ida-Virumaa'],
    tagline: 'Teeninduskoordinaator – elektrimootorite remont',
    headings: {
      profile: 'Minust',
      languages: 'Keeled',
      certifications: 'Kutsetunnistus',
    },
    profile: [
      'Olen elektrimootorite mähkija, kes koordineerib nüüd remondiettevõtte tellimusi. Võtan vastu tehaste ja ' +
        'veefirmade remonditellimused, koostan töökoja kalkulatsiooni järgi hinnapakkumise, planeerin töökoja ' +
        'koormust ja hoian klienti kursis. Uued kliendid ja hoolduslepingud on tegevjuhi teha, mina tegelen ' +
        'igapäevaste tellimustega. Töökojas remonditakse aastas umbes 1 100 mootorit ja pumpa.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Teeninduskoordinaator',
        'Narova Elektromootor OÜ',
        '2020-01',
        null,
        false,
        'jaanuar 2020 – praegu',
        [
          'remonditellimuste vastuvõtt ja hinnapakkumised töökoja kalkulatsiooni järgi',
          'töökoja töö planeerimine ja tähtaegade jälgimine',
          'varuosade ja laagrite tellimine',
        ],
        'Narva',
      ),
      job(
        'Mähkija',
        'Narova Elektromootor OÜ',
        '2009-04',
        '2019-12',
        false,
        'aprill 2009 – detsember 2019',
        ['elektrimootorite ja generaatorite ümbermähkimine ja katsetamine'],
        'Narva',
      ),
      job(
        'Elektrik',
        'Narva Energiaremont AS',
        '2003-07',
        '2009-03',
        false,
        'juuli 2003 – märts 2009',
        undefined,
        'Narva',
      ),
    ],
    education: [
      edu('kutseharidus', 'Narva Kutseõppekeskus, elektrik, kutseharidus, 2000–2003', {
        field: 'elektrik',
        institution: 'Narva Kutseõppekeskus',
        startYear: 2000,
        endYear: 2003,
      }),
      edu('põhiharidus', 'Narva-Jõesuu Keskkool, põhiharidus, 2000', {
        institution: 'Narva-Jõesuu Keskkool',
        endYear: 2000,
      }),
    ],
    courses: [
      named('Eesti keele kursus (B2)', 'Eesti keele kursus (B2), 2018'),
      named('Sagedusmuundurite hooldus', 'Sagedusmuundurite hooldus, 2017'),
    ],
    certifications: [named('Elektrik, tase 4', 'Elektrik, tase 4 (kehtib 2027. aastani)')],
    languages: [
      lang('ru', 'native', 'vene – emakeel'),
      lang('et', 'B2', 'eesti – B2'),
      lang('en', 'A2', 'inglise – algtase'),
    ],
    skills: [
      'Organiseerimisoskus',
      'Suhtlemisoskus',
      'Excel, 1C, Directo',
      'Mähkija, tase 4 (kehtis kuni 2020)',
      'Juhiload B',
    ],
    clientBase: null,
    competencies: ['communication', 'organisation'],
  },
  {
    id: 'et-h40-20-pdf-fysioterapeudist-ortopeediliste-toodete-muugiesindaja-parnu',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Volfram Kakskümmend',
    email: 'kakskymmend4020@example.com',
    phone: '5623 8120',
    contactLines: ['Pärnu', 'Sündinud 1982'],
    tagline: 'Müügiesindaja – ortopeedilised tooted',
    headings: {
      profile: 'Minust',
      languages: 'Keeled',
    },
    profile: [
      'Olen füsioterapeut, kes töötab ortopeediliste toodete müügiesindajana. 2017. aastast pakun ortopeedilisi ' +
        'tallaldeid, toestavaid sidemeid ja jalatseid apteekidele, ortopeediakabinettidele ja füsioterapeutidele ' +
        'Pärnu-, Lääne-, Saare- ja Viljandimaal. Minu kliendid on 110 apteeki, kabinetti ja kliinikut; 2025. ' +
        'aastal ostsid nad tooteid kokku 900 000 € eest. Apteekide juhatajad otsustavad oma sortimendi ise.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Müügiesindaja (ortopeedia)',
        'Jalaabi OÜ',
        '2017-03',
        null,
        true,
        '2017. aasta märtsist',
        [
          'apteekide ja kabinettide külastused, apteekrite ja teenindajate koolitused',
          'jalamõõtmise päevad apteekides',
          'tellimused, kampaaniad ja väljapanekud',
        ],
        'Pärnu',
      ),
      job(
        'Füsioterapeut',
        'Rannapargi Taastusravi OÜ',
        '2008-09',
        '2017-02',
        false,
        'september 2008 – veebruar 2017',
        ['taastusravi, jalavõlvi probleemidega patsientide nõustamine', 'praktikantide juhendamine'],
        'Pärnu',
      ),
    ],
    education: [
      edu('rakenduskõrgharidus', 'Tartu Tervishoiu Kõrgkool, füsioteraapia, rakenduskõrgharidus, 2004–2008', {
        field: 'füsioteraapia',
        institution: 'Tartu Tervishoiu Kõrgkool',
        startYear: 2004,
        endYear: 2008,
      }),
      edu('keskharidus', 'Pärnu Koidula Gümnaasium, keskharidus, 2001', {
        institution: 'Pärnu Koidula Gümnaasium',
        endYear: 2001,
      }),
    ],
    courses: [
      named('Tallaldite ja jalanõude sobitamine', 'Tallaldite ja jalanõude sobitamine (Saksamaa), 2017'),
      named('Apteegi väljapanek ja kategooriad', 'Apteegi väljapanek ja kategooriad, 2019'),
    ],
    certifications: [named('Füsioterapeut, tase 6', 'Füsioterapeut, tase 6 (2010)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B2', 'vene – hea'),
      lang('fi', 'B1', 'soome – suhtlustasemel'),
      lang('en', 'B1', 'inglise – suhtlustasemel'),
    ],
    skills: ['Kliendisuhted', 'Juhendamine', 'Veenmisoskus', 'Excel, Pipedrive', 'Juhiload B'],
    clientBase: { activeAccounts: 110, annualRevenueEur: 900_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'persuasiveness', 'relationship_building'],
  },
  {
    id: 'et-h40-21-tekst-tabel-kalurist-kalavorkude-muugijuht-mustvee',
    format: 'txt',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Volfram Kakskümmend Üks',
    email: 'v.kaksk.yks4021@example.org',
    phone: '+372 5341 2103',
    contactLines: ['Mustvee, Jõgevamaa', 'Sündinud 1969'],
    headings: {
      profile: 'Minust',
      work: 'Töökäik',
      languages: 'Keeled',
      skills: 'Oskused',
      workTable: ['Ettevõte', 'Aeg', 'Amet'],
    },
    workTableOrder: ['employer', 'period', 'title'],
    profile: [
      'Peipsi kalur ja võrgumeister, nüüd müügijuht. Olen sündinud Raja külas vanausuliste peres – kodus räägiti ' +
        'vene keelt, koolis eesti keelt. Müün kalavõrke, mõrdu, paate ja püügivarustust kutselistele kaluritele ' +
        'Peipsi, Lämmijärve ja Võrtsjärve ääres ning kalastuspoodidele. Minu kliendid on umbes 60 kalurit ja 12 ' +
        'poodi, kokku 72 klienti; 2025. aastal ostsid nad meilt 420 000 € eest. Kalurid on oma ettevõtte ' +
        'peremehed ja otsustavad ise, aga enne otsust tahavad võrku käega katsuda.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Müügijuht', 'Peipsi Võrk OÜ', '2015-04', null, true, '04.2015 – tänaseni', [
        'kalurite ja poodide külastused, hooaja tellimused',
        'võrkude eritellimused ja mõõdud koos tootmisega',
        'kalurite ühistu ühistellimused',
      ]),
      job('Võrgumeister', 'Peipsi Võrk OÜ', '2004-01', '2015-03', false, '01.2004 – 03.2015', [
        'võrkude ja mõrdade valmistamine ja parandamine, kuueliikmeline tsehh',
      ]),
      job('Kalur', 'Raja Kalurite Ühistu', '1988', '2003', false, '1988 – 2003', ['kutseline kalapüük Peipsil']),
    ],
    education: [
      edu('keskharidus', 'Mustvee 2. Keskkool, keskharidus, 1987', {
        institution: 'Mustvee 2. Keskkool',
        endYear: 1987,
      }),
    ],
    courses: [
      named('Kutselise kalapüügi nõuded ja kalapüügiõigus', 'Kutselise kalapüügi nõuded ja kalapüügiõigus, 2016'),
      named('Raamatupidamine väikeettevõttele', 'Raamatupidamine väikeettevõttele, 2015'),
    ],
    certifications: [],
    languages: [
      lang('ru', 'native', 'vene – emakeel'),
      lang('et', 'C1', 'eesti – vabalt'),
      lang('en', 'A2', 'inglise – algtase'),
    ],
    skills: [
      'Suhtevõrgustik Peipsi kalurite seas',
      'Ettevõtlik',
      'Võrgutehnoloogia ja püügivahendid',
      'Väikelaeva juhiluba, juhiload B, C',
    ],
    clientBase: { activeAccounts: 72, annualRevenueEur: 420_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['entrepreneurship', 'relationship_building'],
  },
  {
    id: 'et-h40-22-word-punktid-korvpallitreenerist-spordivormide-kliendihaldur-keila',
    format: 'docx',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Volfram Kakskümmend Kaks',
    email: 'volfram22.keila4022@example.net',
    phone: '5304 7722',
    contactLines: ['Keila, Harjumaa'],
    headings: {
      profile: 'Tutvustus',
      work: 'Töökogemus',
      languages: 'Keeled',
      certifications: 'Kutse',
    },
    profile: [
      'Endine korvpallur ja noortetreener, kes alates 2020. aastast varustab spordiklubisid võistlusriietega. ' +
        'Minu kliendid on 130 spordiklubi, spordikooli ja üldhariduskooli üle Eesti – korvpall, võrkpall, jalgpall, ' +
        'käsipall. 2025. aastal tellisid nad meilt vormirõivaid ja treeningriideid 1,2 mln € eest. Klubis teeb ' +
        'otsuse juhatuse liige või peatreener ning tema tahab, et vorm oleks hooaja alguseks valmis.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Kliendihaldur (spordiklubid)', 'Võistlusvorm OÜ', '2020-02', null, true, '02/2020 – …', [
          'klubide ja koolide külastused, kujunduse ja suuruste kokkulepped',
          'hooajatellimused ja tarnegraafikud',
          'klubide fännipoodide seadistamine meie e-poes',
        ]),
        lines: ['Kliendihaldur (spordiklubid) — Võistlusvorm OÜ, Keila (02/2020 – …)'],
      },
      {
        ...job('Treener', 'Keila Korvpalliklubi MTÜ', '2012-08', '2020-01', false, '08/2012 – 01/2020', [
          'noortetreener, U14 ja U16 võistkonnad',
          'laagrite ja võistlusreiside planeerimine',
        ]),
        lines: ['Treener — Keila Korvpalliklubi MTÜ (08/2012 – 01/2020)'],
      },
      {
        ...job('Korvpallur', 'Keila Korvpalliklubi MTÜ', '2008', '2012', false, '2008 – 2012'),
        lines: ['Korvpallur (poolprofessionaalne leping) — Keila Korvpalliklubi MTÜ (2008 – 2012)'],
      },
    ],
    education: [
      edu('bakalaureusekraad', 'Tallinna Ülikool, kehakultuur, bakalaureusekraad, 2008–2012', {
        field: 'kehakultuur',
        institution: 'Tallinna Ülikool',
        startYear: 2008,
        endYear: 2012,
      }),
      edu('keskharidus', 'Keila Kool, keskharidus, 2008', { institution: 'Keila Kool', endYear: 2008 }),
    ],
    courses: [
      named('Tekstiilitrükk ja sublimatsioon', 'Tekstiilitrükk ja sublimatsioon (tootja koolitus, Itaalia), 2021'),
    ],
    certifications: [named('Treener, tase 5', 'Treener, tase 5 (kehtib 2027. aastani)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – väga hea'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
    ],
    skills: ['Meeskonnatöö', 'Juhendamisoskus', 'Kliendisuhted', 'Canva, Excel, Shopify', 'Juhiload B'],
    clientBase: { activeAccounts: 130, annualRevenueEur: 1_200_000, segment: 'national', decisionMakers: true },
    competencies: ['coaching', 'organisation', 'relationship_building', 'teamwork'],
  },
  {
    id: 'et-h40-23-pdf-kaks-veergu-pakkijast-kuunlatehase-ekspordiassistent-muugita-torva',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Volfram Kakskümmend Kolm',
    email: 'kk.kolm4023@example.com',
    phone: '5385 6023',
    contactLines: ['Tõrva, Valgamaa', 'Sündinud 1998'],
    headings: {
      profile: 'Tutvustus',
      languages: 'Keeled',
    },
    profile: [
      'Olen küünlatehase ekspordiassistent: vormistan Soome ja Rootsi klientide tellimused, koostan ' +
        'saatedokumendid ja jälgin, et kaup jõuaks õigel ajal kohale. Hinnad ja lepingud on ekspordijuhtide ' +
        'teha, mina hoian paberid ja tarned korras. Tehas valab aastas umbes kolm miljonit küünalt.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Ajavahemik', title: 'Ametinimetus', employer: 'Tööandja', duties: 'Tööülesanded' },
    jobs: [
      job(
        'Ekspordiassistent',
        'Tõrva Küünal AS',
        '2023-05',
        null,
        false,
        '05.2023 – praegu',
        [
          'tellimuste vormistamine ERP-s',
          'saatedokumendid, CMR-id ja transpordi tellimine',
          'kliendipäringutele vastamine e-posti teel',
        ],
        'Tõrva',
      ),
      job(
        'Pakkija',
        'Tõrva Küünal AS',
        '2021-06',
        '2023-04',
        false,
        '06.2021 – 04.2023',
        ['jõulu- ja kalmistuküünalde pakkimine, kvaliteedikontroll'],
        'Tõrva',
      ),
      job(
        'Teenindaja',
        'Tõrva Kohvik OÜ',
        '2016',
        '2019',
        false,
        '2016–2019 (suviti ja nädalavahetustel)',
        undefined,
        'Tõrva',
      ),
    ],
    education: [
      edu('kutseharidus', 'Valgamaa Kutseõppekeskus, logistik, kutseharidus, 2019–2021', {
        field: 'logistik',
        institution: 'Valgamaa Kutseõppekeskus',
        startYear: 2019,
        endYear: 2021,
      }),
      edu('keskharidus', 'Tõrva Gümnaasium, keskharidus, 2017', { institution: 'Tõrva Gümnaasium', endYear: 2017 }),
    ],
    courses: [
      named('Incoterms 2020 ja ekspordidokumendid', 'Incoterms 2020 ja ekspordidokumendid, 2023'),
      named('Rootsi keele algkursus', 'Rootsi keele algkursus, 2024'),
    ],
    certifications: [named('Logistik, tase 4', 'Logistik, tase 4 (2021)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('fi', 'B1', 'soome – suhtlustasemel'),
      lang('lv', 'A2', 'läti – algtase'),
      lang('sv', 'A1', 'rootsi – A1'),
    ],
    skills: ['Täpsus', 'Proaktiivne', 'Monitor ERP, Excel', 'Juhiload B'],
    clientBase: null,
    competencies: ['initiative'],
  },
  {
    id: 'et-h40-24-tekst-aednikust-kasvuhoonete-muugikonsultant-kehra',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Volfram Kakskümmend Neli',
    email: 'kasvuhooned4024@example.org',
    phone: '5611 7424',
    contactLines: ['Kehra, Anija vald'],
    headings: {
      profile: 'Kokkuvõte',
      work: 'Kogemus',
      education: 'Koolid',
      languages: 'Keeled',
      skills: 'Oskan',
    },
    profile: [
      'Müün ja planeerin kasvuhooneid: polükarbonaat- ja klaaskasvuhooned koduaedadesse ja väiksemad ' +
        'tootmiskasvuhooned taludele. Ostjad on peamiselt koduaednikud üle Eesti, kes tulevad näidisplatsile või ' +
        'helistavad. 2025. aastal müüsin 180 kasvuhoonet. Talvel, kui aias on vaikne, aitan tootmises ja vastan ' +
        'kevadiste tellimuste päringutele.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Müügikonsultant', 'Kasvuhoonekeskus OÜ', '2019', null, true, '2019 – praegu', [
          'nõustamine näidisplatsil ja telefonis, pakkumised ja tellimused',
          'vundamendi ja paigalduse planeerimine koos paigaldajatega',
          'messid ja aiandusmessid kevadel',
        ]),
        lines: ['Müügikonsultant, Kasvuhoonekeskus OÜ', 'Kehra · 2019 – praegu'],
      },
      {
        ...job('Aednik', 'Anija Aiand OÜ', '2014', '2019', false, '2014 – 2019', [
          'köögiviljataimede ja lillede kasvatamine kasvuhoonetes',
        ]),
        lines: ['Aednik, Anija Aiand OÜ', 'Anija · 2014 – 2019'],
      },
      {
        ...job('Müüja', 'Kehra Aiakeskus OÜ', '2011-04', '2014-09', true, 'aprill 2011 – september 2014', [
          'taimede ja aiatarvete müük, klientide nõustamine',
        ]),
        lines: ['Müüja, Kehra Aiakeskus OÜ', 'Kehra · aprill 2011 – september 2014'],
      },
    ],
    education: [
      edu('kutseharidus', 'Räpina Aianduskool, aednik, kutseharidus, 2008–2011', {
        field: 'aednik',
        institution: 'Räpina Aianduskool',
        startYear: 2008,
        endYear: 2011,
      }),
      edu('põhiharidus', 'Kehra Gümnaasium, põhiharidus, 2008', { institution: 'Kehra Gümnaasium', endYear: 2008 }),
    ],
    courses: [named('Kasvuhoonete paigaldus ja vundamendid', 'Kasvuhoonete paigaldus ja vundamendid, 2020')],
    certifications: [named('Aednik, tase 4', 'Aednik, tase 4 (2011)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('en', 'B1', 'inglise – suhtlustasemel'),
      lang('fi', 'A2', 'soome – algtase'),
    ],
    skills: ['Kliendikeskne', 'Planeerimine', 'Aiandusteadmised', 'Juhiload B, BE'],
    clientBase: null,
    competencies: ['customer_focus', 'organisation'],
  },
  {
    id: 'et-h40-25-word-punktid-vastlopetanu-mineraalvee-muugiesindaja-esimene-aasta-varska',
    format: 'docx',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Volfram Kakskümmend Viis',
    email: 'volfram.kkviis4025@example.com',
    phone: '5388 1425',
    contactLines: ['Värska, Setomaa vald', 'Sündinud 2003'],
    headings: {
      profile: 'Minust',
      languages: 'Keeled',
    },
    profile: [
      'Lõpetasin 2025. aasta juunis Tartu Ülikooli Pärnu kolledži turismiettevõtluse eriala ja asusin augustis ' +
        'tööle mineraalvee tootja müügiesindajana Kagu-Eestis. Minu kliendid on 70 poodi, kohvikut, spaad ja ' +
        'majutusettevõtet Võru-, Põlva- ja Valgamaal. Väikestes poodides ja kohvikutes otsustab omanik ise, mida ' +
        'tellida – olen esimese aasta jooksul igaüht vähemalt kaks korda külastanud.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Müügiesindaja (Kagu-Eesti)',
        'Värska Allikas AS',
        '2025-08',
        null,
        true,
        'august 2025 – praegu',
        [
          'poodide, kohvikute ja spaade külastused, tellimused ja väljapanekud',
          'suvehooaja kampaaniad ja degusteerimised',
          'uute klientide leidmine – esimese aastaga üheksa uut',
        ],
        'Värska',
      ),
      job(
        'Giid',
        'Setomaa Turism MTÜ',
        '2022',
        '2024',
        false,
        'suved 2022–2024',
        ['ekskursioonid eesti, inglise ja vene keeles'],
        'Värska',
      ),
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Tartu Ülikooli Pärnu kolledž, turismiettevõtlus ja majutuskorraldus, rakenduskõrgharidus, 2022–2025',
        {
          field: 'turismiettevõtlus ja majutuskorraldus',
          institution: 'Tartu Ülikooli Pärnu kolledž',
          startYear: 2022,
          endYear: 2025,
        },
      ),
      edu('keskharidus', 'Räpina Ühisgümnaasium, keskharidus, 2022', {
        institution: 'Räpina Ühisgümnaasium',
        endYear: 2022,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('et', 'native', ''), lang('en', 'B2', ''), lang('ru', 'B1', '')],
    languagesText: [
      'Eesti keel on emakeel, kodus räägime ka seto keelt. Inglise keel B2, vene keel B1 – Petseri sugulastega ' +
        'räägin ainult vene keeles.',
    ],
    skills: ['Algatusvõime', 'Suhtlemisoskus', 'Excel, Google Sheets, Canva', 'Juhiload B'],
    clientBase: { activeAccounts: 70, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'initiative'],
  },
  {
    id: 'et-h40-26-tekst-punktid-katsetusinsenerist-jouutrafode-votmekliendijuht-40-aastat-saue',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Volfram Kakskümmend Kuus',
    nameLine: 'CV – Kandidaat Volfram Kakskümmend Kuus, dipl. insener',
    email: 'volfram.kkkuus4026@example.net',
    phone: '+372 5014 2662',
    contactLines: ['Saue, Harjumaa', 'Sündinud 1963'],
    headings: {
      profile: 'Lühidalt',
      work: 'Töö- ja ametikäik',
      education: 'Haridus',
      courses: 'Täienduskoolitus',
      certifications: 'Kutsetunnistus',
      languages: 'Keeled',
      skills: 'Muud oskused',
    },
    profile: [
      'Elektriinsener, nelikümmend aastat trafode juures: alustasin 1986. aastal katsetusinsenerina, olin ' +
        'konstrueerija ja tootmisjuht ning alates 2004. aastast müün jõutrafosid Põhjamaade energiaettevõtetele.',
      'Minu võtmekliendid on 22 jaotusvõrguettevõtet, tuuleparkide ehitajat ja tööstusettevõtet Soomes, Rootsis ja ' +
        'Norras; 2025. aastal tellisid nad trafosid ja hooldust kokku 14 mln € eest. Ostuotsuse teevad klientide ' +
        'tehnilised direktorid ja ostujuhid, kellest paljusid tunnen juba üle kümne aasta.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Võtmekliendijuht (Põhjamaad)', 'Saue Trafotehas AS', '2011-01', null, true, '01.2011 – praegu', [
          'raamlepingud ja hanked jaotusvõrguettevõtetega',
          'tehniliste tingimuste ja hindade läbirääkimised',
          'tuuleparkide projektid koos klientide projekteerijatega',
          'kahe noorema müügiinseneri juhendamine',
        ]),
        lines: ['* 01.2011 – praegu: Võtmekliendijuht (Põhjamaad)', '  Saue Trafotehas AS, Saue'],
      },
      {
        ...job('Müügiinsener', 'Saue Trafotehas AS', '2004-03', '2010-12', true, '03.2004 – 12.2010', [
          'Soome ja Baltikumi kliendid, pakkumised ja tehnilised kooskõlastused',
        ]),
        lines: ['* 03.2004 – 12.2010: Müügiinsener', '  Saue Trafotehas AS, Saue'],
      },
      {
        ...job('Tootmisjuht', 'Saue Trafotehas AS', '1998', '2004-02', false, '1998 – 02.2004', [
          'trafotsehhi (85 töötajat) tootmisplaanid ja kvaliteet',
        ]),
        lines: ['* 1998 – 02.2004: Tootmisjuht', '  Saue Trafotehas AS, Saue'],
      },
      {
        ...job('Konstrueerija', 'Saue Trafotehas AS', '1992', '1998', false, '1992 – 1998'),
        lines: ['* 1992 – 1998: Konstrueerija', '  Saue Trafotehas AS, Saue'],
      },
      {
        ...job('Katsetusinsener', 'Harju Elektrotehnikatehas', '1986-08', '1992', false, '08.1986 – 1992'),
        lines: ['* 08.1986 – 1992: Katsetusinsener', '  Harju Elektrotehnikatehas, Tallinn'],
      },
    ],
    education: [
      edu(
        'kõrgharidus',
        'Tallinna Polütehniline Instituut, elektrimasinad ja aparaadid, kõrgharidus (insener-elektromehaaniku ' +
          'diplom), 1981–1986',
        {
          field: 'elektrimasinad ja aparaadid',
          institution: 'Tallinna Polütehniline Instituut',
          startYear: 1981,
          endYear: 1986,
        },
      ),
      edu('keskharidus', 'Saue Keskkool, keskharidus, 1981', { institution: 'Saue Keskkool', endYear: 1981 }),
    ],
    courses: [
      named('Rahvusvahelised hanked energeetikas', 'Rahvusvahelised hanked energeetikas, 2015'),
      named('Rootsi keel (B1)', 'Rootsi keel (B1), 2012'),
    ],
    certifications: [
      named('Diplomeeritud elektriinsener, tase 7', 'Diplomeeritud elektriinsener, tase 7 (kehtib 2028. aastani)'),
    ],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('fi', 'C1', 'soome – vabalt'),
      lang('ru', 'C1', 'vene – vabalt'),
      lang('en', 'B2', 'inglise – hea'),
      lang('sv', 'B1', 'rootsi – suhtlustasemel'),
      lang('de', 'A2', 'saksa – algtase'),
    ],
    skills: ['Läbirääkimisoskus', 'Kliendisuhted', 'Trafode konstruktsioon ja katsetamine', 'Juhiload B'],
    clientBase: { activeAccounts: 22, annualRevenueEur: 14_000_000, segment: 'international', decisionMakers: true },
    competencies: ['coaching', 'negotiation', 'relationship_building'],
  },
];

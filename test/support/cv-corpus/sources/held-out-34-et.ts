import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The thirty-fourth held-out set's Estonian CVs: ordinary CVs from yet other people and trades, as people all over
 * Estonia write them in 2026, in every kind of layout, with careers from one year to forty. The trades are ones the
 * earlier sets do not use: hearing aids, cars for company fleets, funeral services, tyres, parquet, laboratory
 * equipment, forest seedlings, business telecom, fuel, garage doors and gates, outdoor advertising, local radio
 * advertising, glass work, fish products, parcel delivery, gym memberships for employers, scaffolding rental, wood
 * pellets, professional kitchen equipment, school textbooks, till systems, ceramic tiles, jewellery, riding
 * equipment, ready-mixed concrete and electricity for industry.
 */
export const HELD_OUT_34_ET: CvSource[] = [
  {
    id: 'et-h34-01-pdf-oest-kuuldeaparaatide-muugiesindaja-keila',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Plii Üks',
    email: 'plii.yks3401@example.com',
    phone: '+372 5193 4401',
    contactLines: ['Keila, Harjumaa'],
    tagline: 'Müügiesindaja – kuuldeaparaadid ja kuulmisuuringu seadmed',
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töökäik',
      courses: 'Täienduskoolitused',
      languages: 'Keelteoskus',
      skills: 'Isikuomadused',
    },
    profile: [
      'Olen õe haridusega müügiesindaja. Kaheksa aastat õena kõrvakliinikus ja viis aastat kuulmisnõustajana ' +
        'andsid mulle teadmised, mida arstid ja audioloogid minult ootavad. Alates 2018. aastast müün ' +
        'kuuldeaparaate ja kuulmisuuringu seadmeid erakliinikutele ja haiglate kõrva-nina-kurguosakondadele.',
      'Praegu on minu hallata 45 klienti üle Eesti; 2025. aastal ostsid nad meilt seadmeid ja tarvikuid 1,3 mln € ' +
        'eest. Ostuotsuse teevad kliinikute omanikud ja osakonnajuhatajad, kellega suhtlen otse.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Müügiesindaja', 'Kuulmisabi Baltic OÜ', '2018-09', null, true, '09.2018 – praegu', [
          'kliinikute ja haiglate külastused, uute mudelite tutvustamine ja tootekoolitused audioloogidele',
          'hinnapakkumised, aastalepingud ja haiglate hanked',
          'tehniline esmanõustamine, garantiiremondi korraldamine',
          'ettevõte esindab Eestis kolme tootjat ja müüb aastas ligi 6 000 kuuldeaparaati',
        ]),
        lines: ['Kuulmisabi Baltic OÜ, Tallinn', 'Müügiesindaja (09.2018 – praegu)'],
      },
      {
        ...job('Kuulmisnõustaja', 'Kuuldekeskus Helin OÜ', '2013-08', '2018-08', false, '08.2013 – 08.2018', [
          'kuulmise sõeluuringud, kuuldeaparaatide sobitamine ja häälestamine',
          'patsientide nõustamine ja järelkontrollid, päevas 8–10 patsienti',
        ]),
        lines: ['Kuuldekeskus Helin OÜ, Keila', 'Kuulmisnõustaja (08.2013 – 08.2018)'],
      },
      {
        ...job('Õde', 'Harjumaa Kõrvakliinik SA', '2005-09', '2013-07', false, '09.2005 – 07.2013', [
          'kõrva-nina-kurguosakonna statsionaar ja päevakirurgia',
          'kuulmisuuringud arsti korraldusel',
        ]),
        lines: ['Harjumaa Kõrvakliinik SA, Tallinn', 'Õde (09.2005 – 07.2013)'],
      },
    ],
    education: [
      edu('rakenduskõrgharidus', 'Tallinna Tervishoiu Kõrgkool, õde, rakenduskõrgharidus, 2001–2005', {
        field: 'õde',
        institution: 'Tallinna Tervishoiu Kõrgkool',
        startYear: 2001,
        endYear: 2005,
      }),
      edu('keskharidus', 'Keila Gümnaasium, keskharidus, 2001', { institution: 'Keila Gümnaasium', endYear: 2001 }),
    ],
    courses: [
      named('Audiomeetria ja kuuldeaparaatide sobitamine', 'Audiomeetria ja kuuldeaparaatide sobitamine, 2013'),
      named('Müük meditsiiniasutustele', 'Müük meditsiiniasutustele, 2019'),
      named('Riigihangete pakkumused', 'Riigihangete pakkumused, 2021'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('fi', 'A2', 'soome – algtase'),
    ],
    skills: ['Kliendikesksus', 'Suhtlemisoskus', 'Rahulik ja täpne', 'MS Office, Pipedrive', 'Juhiload B'],
    clientBase: { activeAccounts: 45, annualRevenueEur: 1_300_000, segment: 'national', decisionMakers: true },
    competencies: ['communication', 'customer_focus'],
  },
  {
    id: 'et-h34-02-word-kaks-veergu-automehaanikust-autode-arikliendi-muugijuht-tartu',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Plii Kaks',
    email: 'kaks.plii3402@example.org',
    phone: '5342 0234',
    contactLines: ['Tartu', 'Sündinud 1988'],
    tagline: 'Ärikliendi müügijuht | autod ja kasutusrendilahendused',
    headings: {
      contact: 'Kontaktandmed',
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Üle 12 aasta autode müügis, enne seda kuus aastat automehaanikuna. Praegu vastutan Lõuna-Eesti ärikliendi ' +
        'müügi eest: minu portfellis on 70 ettevõtet Tartu-, Jõgeva-, Põlva- ja Valgamaalt, kelle autopargis on 2 ' +
        'kuni 40 autot. 2025. aastal müüsin neile 164 uut ja kasutatud autot kokku 5,8 mln € eest.',
      'Suhtlen autopargi juhtide ja juhatuse liikmetega, kes otsustavad, millise auto ja rendilahenduse nad valivad. ' +
        'Mehaaniku taust aitab: oskan selgitada hoolduskulusid ja seda, milline auto millisele tööle sobib.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Ärikliendi müügijuht',
        'Lõunaauto AS',
        '2020-09',
        null,
        true,
        'sept 2020 – kuni praeguseni',
        [
          'ärikliendid Lõuna-Eestis: pakkumised, kasutusrendi ja liisingu lahendused koos finantspartneritega',
          'proovisõidud, autode üleandmine ja autopargi uuendamise plaanid',
          'esinduse müügieesmärk 2025: 1 100 autot, sellest ärikliendid ligi 40%',
          'kahe noorema müügikonsultandi juhendamine',
        ],
        'Tartu',
      ),
      job(
        'Müügikonsultant',
        'Lõunaauto AS',
        '2014-03',
        '2020-08',
        true,
        'märts 2014 – aug 2020',
        [
          'uute ja kasutatud autode müük eraklientidele ja väikeettevõtetele',
          'vahetusautode hindamine ja järelmaksu vormistamine',
          'aastas keskmiselt 130 müüdud autot',
        ],
        'Tartu',
      ),
      job(
        'Automehaanik',
        'Tartu Autoteenindus OÜ',
        '2008-06',
        '2014-02',
        false,
        'juuni 2008 – veebr 2014',
        ['hooldus, remont ja diagnostika', 'garantiitööde dokumenteerimine'],
        'Tartu',
      ),
    ],
    education: [
      edu('kutseharidus', 'Tartu Kutsehariduskeskus, automehaanik, kutseharidus, 2005–2008', {
        field: 'automehaanik',
        institution: 'Tartu Kutsehariduskeskus',
        startYear: 2005,
        endYear: 2008,
      }),
    ],
    courses: [
      named('Müügitehnikad autoesinduses', 'Müügitehnikad autoesinduses, 2015'),
      named('Kasutusrendi ja liisingu alused', 'Kasutusrendi ja liisingu alused, 2020'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – B2'),
      lang('ru', 'B1', 'vene – B1'),
    ],
    skills: ['Läbirääkimisoskus', 'Juhendamine', 'Tehniline taust', 'Esinduse müügisüsteem, Excel', 'Juhiload B, C'],
    clientBase: { activeAccounts: 70, annualRevenueEur: 5_800_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'negotiation'],
  },
  {
    id: 'et-h34-03-tekst-matusekorraldaja-kalmistuvahist-muuki-pole-polva',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Plii Kolm',
    email: 'plii.kolm3403@example.net',
    phone: '5811 3403',
    contactLines: ['Põlva'],
    headings: {
      profile: 'Eesmärk',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Muud oskused',
    },
    profile: [
      'Soovin jätkata tööd matuseteenuste valdkonnas või kalmistu haldamisel Põlva- või Võrumaal. Olen 14 aastat ' +
        'korraldanud matuseid ja enne seda hoidnud korras valla kalmistuid. Suhtlen lähedastega rahulikult ja ' +
        'kaastundlikult ning vajadusel korraldan kõik alates dokumentidest kuni peielauani.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Matusekorraldaja',
        'Rahulinna Matusebüroo OÜ',
        '2012-04',
        null,
        false,
        '04.2012 – praegu',
        [
          'lähedaste nõustamine ja matuse korraldamine algusest lõpuni',
          'surnute transport, kirstu ja leinadekoratsioonide valik koos lähedastega',
          'aastas umbes 180 matust Põlva- ja Võrumaal',
          'koostöö kirikute, kalmistute ja peielaudade pidajatega',
        ],
        'Põlva',
      ),
      job(
        'Kalmistuvaht',
        'Põlva vald',
        '2006-05',
        '2012-03',
        false,
        '05.2006 – 03.2012',
        ['kolme kalmistu hooldus, hauaplatside register, matuste ettevalmistus'],
        'Põlva',
      ),
      job('Autojuht', 'Lõunaveod OÜ', '2001-08', '2006-04', false, '08.2001 – 04.2006', undefined, 'Põlva'),
    ],
    education: [
      edu('keskharidus', 'Põlva Ühisgümnaasium, keskharidus, 1997–2000', {
        institution: 'Põlva Ühisgümnaasium',
        startYear: 1997,
        endYear: 2000,
      }),
    ],
    courses: [
      named('Leinanõustamise alused', 'Leinanõustamise alused, 2014'),
      named('Surnute hügieeniline käitlemine', 'Surnute hügieeniline käitlemine, 2012'),
      named('Esmaabi', 'Esmaabi, 2023'),
    ],
    certifications: [],
    languages: [lang('et', 'native', ''), lang('ru', 'A2', ''), lang('en', 'A2', '')],
    languagesText: ['Eesti keel emakeel. Vene ja inglise keelt oskan algtasemel.'],
    skills: ['Juhiload B, C', 'Rahulik, empaatiline, usaldusväärne', 'Arvuti: e-post, Word, Excel'],
    clientBase: null,
    competencies: [],
  },
  {
    id: 'et-h34-04-pdf-tabel-rehvimontoorist-rehvide-muugiesindaja-parnu',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Plii Neli',
    email: 'plii.neli3404@example.com',
    phone: '+372 5627 3404',
    contactLines: ['Pärnu', 'Juhiload B, C'],
    headings: {
      profile: 'Lühidalt',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
      workTable: ['Ettevõte', 'Amet', 'Aeg'],
    },
    workTableOrder: ['employer', 'title', 'period'],
    profile: [
      'Rehvidega olen tegelenud 2010. aastast: alustasin rehvimontöörina, juhtisin rehvitöökoda ja olen nüüd seitse ' +
        'aastat olnud rehvide hulgimüüja müügiesindaja Pärnumaal, Läänemaal ja Saaremaal. Minu kliendid on 130 ' +
        'autoremonditöökoda, rehvitöökoda ja veofirmat; 2025. aastal ostsid nad meilt rehve, velgi ja töökoja ' +
        'tarvikuid 2,1 mln € eest.',
      'Töökodade omanikud otsustavad ise, kellelt nad rehvid tellivad, ja minu töö on olla neile kõige lihtsam valik.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Müügiesindaja', 'Rehvimaailm Hulgi OÜ', '2019-04', null, true, '04.2019 – praegu', [
        'hooajaeelsed tellimused ja kampaaniad',
        'uute töökodade leidmine, aastas 10–15 uut klienti',
        'veokirehvide pakkumised veofirmadele koos taastamisteenusega',
        'Pärnu laos on hooaja tipus üle 14 000 rehvi',
      ]),
      job('Rehvitöökoja juhataja', 'Pärnu Rehvikeskus OÜ', '2015-03', '2019-03', false, '03.2015 – 03.2019', [
        'töökoja töö planeerimine, viis montööri',
        'rehvihotelli arvestus (1 200 komplekti)',
        'kaupade tellimine tarnijatelt',
      ]),
      job('Rehvimontöör', 'Pärnu Rehvikeskus OÜ', '2010-09', '2015-02', false, '09.2010 – 02.2015'),
    ],
    education: [
      edu('kutseharidus', 'Pärnumaa Kutsehariduskeskus, mootorsõidukitehnik, kutseharidus, 2007–2010', {
        field: 'mootorsõidukitehnik',
        institution: 'Pärnumaa Kutsehariduskeskus',
        startYear: 2007,
        endYear: 2010,
      }),
    ],
    courses: [
      named('Veokirehvide hooldus ja taastamine', 'Veokirehvide hooldus ja taastamine, 2017'),
      named('Müügiesindaja baaskoolitus', 'Müügiesindaja baaskoolitus, 2019'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('ru', 'B2', 'vene keel – hea'),
      lang('en', 'B1', 'inglise keel – suhtlustasemel'),
    ],
    skills: ['Tehniline müük', 'Kliendisuhted', 'Planeerimine', 'Directo, Excel'],
    clientBase: { activeAccounts: 130, annualRevenueEur: 2_100_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['organisation', 'relationship_building', 'sales'],
  },
  {
    id: 'et-h34-05-word-punktid-parketipaigaldajast-parketi-kliendihaldur-tallinn',
    format: 'docx',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Plii Viis',
    email: 'plii.viis3405@example.org',
    phone: '+372 5012 3405',
    contactLines: ['Tallinn, Lasnamäe'],
    headings: {
      profile: 'Minust',
      work: 'Töökogemused',
      education: 'Haridustee',
      courses: 'Täiendkoolitused',
      languages: 'Keelteoskus',
      skills: 'Tugevused',
    },
    profile: [
      'Olen parketiga tegelenud 27 aastat – kümme aastat paigaldajana, kuus aastat salongis müüjana ja alates 2015. ' +
        'aastast ehitus- ja sisustusfirmade kliendihaldurina. Minu kliendid on umbes 95 ehitus- ja sisustusfirmat ' +
        'Tallinnas ja Harjumaal; 2025. aastal müüsime neile parketti, liiste ja paigaldustöid 2,4 mln € eest. ' +
        'Peamiselt suhtlen projektijuhtide ja ostujuhtidega.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Kliendihaldur',
        'Parketikoda OÜ',
        '2015-02',
        null,
        true,
        '02.2015 – praegu',
        [
          'Ehitus- ja sisustusfirmade kliendihaldus Tallinnas ja Harjumaal',
          'Objektipakkumised ja näidiste tutvustamine',
          'Paigaldajate juhendamine keerulisematel objektidel',
        ],
        'Tallinn',
      ),
      job(
        'Müüja-konsultant',
        'Parketikoda OÜ',
        '2009-05',
        '2015-01',
        true,
        '05.2009 – 01.2015',
        [
          'Parketi, liistude ja hooldusvahendite müük eraklientidele salongis',
          'Hinnapakkumised ja paigalduse tellimine',
        ],
        'Tallinn',
      ),
      job(
        'Parketipaigaldaja',
        'Põrandameistrid OÜ',
        '1999-06',
        '2009-04',
        false,
        '06.1999 – 04.2009',
        ['Parketi ja laudpõrandate paigaldus, lihvimine ja viimistlus eramutes ja korterites'],
        'Tallinn',
      ),
    ],
    education: [
      edu('kutseharidus', 'Tallinna Ehituskool, puusepp, kutseharidus, 1996–1999', {
        field: 'puusepp',
        institution: 'Tallinna Ehituskool',
        startYear: 1996,
        endYear: 1999,
      }),
    ],
    courses: [
      named('Põrandakatete paigaldus- ja hooldusjuhised', 'Põrandakatete paigaldus- ja hooldusjuhised, 2016'),
      named('Müügiläbirääkimised', 'Müügiläbirääkimised, 2017'),
      named('Excel algajatele', 'Excel algajatele, 2015'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'C1', 'vene – soravalt'),
      lang('fi', 'B1', 'soome – suhtlustasemel'),
      lang('en', 'A2', 'inglise – algtase'),
    ],
    skills: ['Toodete ja paigalduse põhjalik tundmine', 'Usaldusväärsus', 'Pingetaluvus', 'Juhiload B'],
    clientBase: { activeAccounts: 95, annualRevenueEur: 2_400_000, segment: 'regional_smb' },
    competencies: ['coaching', 'stress_resistance'],
  },
  {
    id: 'et-h34-06-pdf-kaks-veergu-teadurist-laboriseadmete-votmekliendihaldur-baltikum-tartu',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Plii Kuus',
    email: 'plii.kuus3406@example.net',
    phone: '+372 5340 3406',
    contactLines: ['Tartu', 'linkedin.example.com/in/plii-kuus-34'],
    tagline: 'PhD (keemia) · laboriseadmete müük Baltikumis',
    headings: {
      contact: 'Kontakt',
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Keemiadoktor, kes on üle kümne aasta müünud laboriseadmeid. Minu võtmekliendid on 42 ülikoolide, haiglate, ' +
        'toidutööstuste ja keskkonnaseire laborit Eestis, Lätis ja Leedus. 2025. aastal ostsid nad meilt ' +
        'kromatograafe, spektromeetreid, kulumaterjale ja hooldust kokku 3,6 mln € eest.',
      'Investeeringute üle otsustavad laborijuhid ja osakonnajuhatajad, kellest paljusid tunnen juba teadlaseajast.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Võtmekliendihaldur (Baltikum)',
          'Laborilahendused Baltic OÜ',
          '2020-01',
          null,
          true,
          'alates jaanuarist 2020',
          [
            'suuremate laborite investeeringuplaanid ja hanked',
            'seadmete demod ja rakendusnõustamine koos tootja spetsialistidega',
            'hoolduslepingud ja kulumaterjalide aastalepingud',
            'läbirääkimised hindade ja tarnetingimuste üle',
          ],
        ),
        lines: ['LABORILAHENDUSED BALTIC OÜ, Tartu', 'Võtmekliendihaldur (Baltikum) · alates jaanuarist 2020'],
      },
      {
        ...job(
          'Müügiinsener',
          'Laborilahendused Baltic OÜ',
          '2015-09',
          '2019-12',
          true,
          'september 2015 – detsember 2019',
          ['Eesti ülikoolide ja haiglate laborid', 'seadmete paigaldus ja kasutajate koolitus'],
        ),
        lines: ['Müügiinsener · september 2015 – detsember 2019'],
      },
      {
        ...job(
          'Nooremteadur',
          'Biomeditsiini Arenduskeskus SA',
          '2011-02',
          '2015-08',
          false,
          'veebruar 2011 – august 2015',
          ['vedelikkromatograafia meetodite arendus', 'projektide aruanded, üheksa teadusartiklit'],
        ),
        lines: ['BIOMEDITSIINI ARENDUSKESKUS SA, Tartu', 'Nooremteadur · veebruar 2011 – august 2015'],
      },
      {
        ...job('Laborant', 'Toiduanalüüsi Labor OÜ', '2006-09', '2010-06', false, '09.2006 – 06.2010, osalise ajaga'),
        lines: ['TOIDUANALÜÜSI LABOR OÜ, Tartu', 'Laborant · 09.2006 – 06.2010, osalise ajaga'],
      },
    ],
    education: [
      edu('doktorikraad', 'Tartu Ülikool, analüütiline keemia, doktorikraad (PhD), 2010–2014', {
        field: 'analüütiline keemia',
        institution: 'Tartu Ülikool',
        startYear: 2010,
        endYear: 2014,
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
    courses: [
      named('Strateegiline võtmekliendihaldus', 'Strateegiline võtmekliendihaldus, 2021'),
      named('Hangete pakkumuste koostamine', 'Hangete pakkumuste koostamine, 2017'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('de', 'B1', 'saksa – B1'),
      lang('ru', 'B1', 'vene – B1'),
      lang('lv', 'A2', 'läti – A2'),
    ],
    skills: ['Läbirääkimisoskus', 'Tehniline müük', 'Esinemine ja koolitamine', 'Excel, Salesforce'],
    clientBase: { activeAccounts: 42, annualRevenueEur: 3_600_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'sales'],
  },
  {
    id: 'et-h34-07-tekst-punktid-metsamasinajuhist-metsaistikute-muugijuht-vorumaa',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Plii Seitse',
    email: 'seitse.plii.3407@example.com',
    phone: null,
    contactLines: ['Rõuge vald, Võrumaa'],
    headings: {
      profile: 'Minust',
      work: 'Töö',
      education: 'Kool',
      certifications: 'Kutsetunnistus',
      languages: 'Keeled',
      skills: 'Oskan',
    },
    profile: [
      'Olen metsas töötanud 1995. aastast – metsatöölise, metsamasinajuhi ja taimla juhatajana. Alates 2017. ' +
        'aastast müün metsaistikuid. Minu kliendid on umbes 320 erametsaomanikku ja 15 metsafirmat Võru-, Põlva- ja ' +
        'Valgamaal; 2025. aastal müüsin neile istikuid ja istutustöid 1,1 mln € eest. Metsaomanik otsustab ise, mida ' +
        'ja kui palju ta istutab, minu asi on anda head nõu.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('müügijuht', 'Metsataim OÜ', '2017', null, true, '2017 – jätkub', [
          'Istikute tellimused ja istutustööde pakkumised',
          'Metsaomanike nõustamine raiesmike uuendamisel',
          'Metsaühistute infopäevadel esinemine',
          'Taimla kasvatab aastas umbes 4 miljonit istikut',
        ]),
        lines: ['Metsataim OÜ (2017 – jätkub):', 'müügijuht'],
      },
      {
        ...job('taimla juhataja', 'Metsataim OÜ', '2010', '2017', false, '2010–2017', [
          'Külvi ja kasvatuse planeerimine, hooajatööliste töö korraldamine (kuni 40 inimest)',
        ]),
        lines: ['Metsataim OÜ (2010–2017):', 'taimla juhataja'],
      },
      {
        ...job('metsamasinajuht', 'Lõuna Metsatööd OÜ', '2000', '2010', false, '2000–2010', [
          'Harvesteri ja forvarderi juht, raied Lõuna-Eestis ja kaks talve Soomes',
        ]),
        lines: ['Lõuna Metsatööd OÜ (2000–2010):', 'metsamasinajuht'],
      },
      {
        ...job('metsatööline', 'Vastseliina Metsatööd OÜ', '1995', '2000', false, '1995–2000'),
        lines: ['Vastseliina Metsatööd OÜ (1995–2000):', 'metsatööline'],
      },
    ],
    education: [
      edu('rakenduskõrgharidus', 'Eesti Maaülikool, metsamajandus, rakenduskõrgharidus (kaugõpe), 2011–2015', {
        field: 'metsamajandus',
        institution: 'Eesti Maaülikool',
        startYear: 2011,
        endYear: 2015,
      }),
      edu('kutseharidus', 'Luua Metsanduskool, metsandus, kutseharidus, 1992–1995', {
        field: 'metsandus',
        institution: 'Luua Metsanduskool',
        startYear: 1992,
        endYear: 1995,
      }),
    ],
    courses: [],
    certifications: [named('Metsamasinajuht, tase 4', 'Metsamasinajuht, tase 4 (2004)')],
    languages: [lang('et', 'native', ''), lang('ru', 'B1', ''), lang('en', 'A2', '')],
    languageBlocks: [
      {
        kind: 'bullets',
        items: ['eesti – emakeel', 'võro kiil – kodukiil', 'vene – suhtlustasemel', 'inglise – algtase'],
      },
    ],
    skills: [
      'Metsakasvatuse ja metsauuenduse teadmised',
      'Suhtevõrgustik metsaomanike ja metsaühistute seas',
      'Excel, metsaregister',
      'Juhiload B, T',
    ],
    clientBase: { activeAccounts: 335, annualRevenueEur: 1_100_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['organisation', 'relationship_building'],
  },
  {
    id: 'et-h34-08-word-klienditeenindajast-side-arikliendihaldur-vene-emakeel-narva',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Plii Kaheksa',
    email: 'plii8.narva3408@example.net',
    phone: '+372 5556 3408',
    contactLines: ['Narva'],
    headings: {
      profile: 'Kes ma olen',
      work: 'Töökogemus',
      education: 'Haridus',
      languages: 'Keeleoskus',
      skills: 'Arvutioskus ja muu',
    },
    profile: [
      'Olen ärikliendihaldur sideettevõttes ja töötan Ida-Virumaa väikeettevõtetega: poed, töökojad, ilusalongid, ' +
        'raamatupidamisbürood. Minu portfellis on 240 ettevõtet, kelle mobiili-, interneti- ja IT-teenuste arved ' +
        'olid 2025. aastal kokku 1,1 mln €. Enamasti räägin otse omanikuga, kes otsustab ise. Töötan vene ja eesti ' +
        'keeles.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Ärikliendihaldur',
        'Idaside AS',
        '2019-05',
        null,
        true,
        '05.2019 – praegu',
        [
          'lepingute pikendamine ja lisateenuste pakkumine',
          'uute klientide leidmine, kohtumised klientide juures',
          'äriklientide pöördumiste lahendamine koos tehnilise toega',
        ],
        'Narva',
      ),
      job(
        'Telemüüja',
        'Idaside AS',
        '2017-02',
        '2019-04',
        true,
        '02.2017 – 04.2019',
        ['eraklientide ja väikeettevõtete telefonimüük, kuni 80 kõnet päevas'],
        'Narva',
      ),
      job(
        'Klienditeenindaja',
        'Idaside AS',
        '2014-09',
        '2017-01',
        false,
        '09.2014 – 01.2017',
        ['infoliin vene ja eesti keeles, arved ja tõrketeated'],
        'Narva',
      ),
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Tartu Ülikooli Narva kolledž, kohaliku omavalitsuse korraldus, rakenduskõrgharidus, 2010–2014',
        {
          field: 'kohaliku omavalitsuse korraldus',
          institution: 'Tartu Ülikooli Narva kolledž',
          startYear: 2010,
          endYear: 2014,
        },
      ),
      edu('keskharidus', 'Narva Pähklimäe Gümnaasium, keskharidus, 2010', {
        institution: 'Narva Pähklimäe Gümnaasium',
        endYear: 2010,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('ru', 'native', 'vene keel – emakeel'),
      lang('et', 'C1', 'eesti keel – C1 (riigikeele eksam 2013)'),
      lang('en', 'B1', 'inglise keel – B1'),
    ],
    skills: ['Klienditeenindus', 'Pingetaluvus', 'Excel, CRM', 'Juhiload B'],
    clientBase: { activeAccounts: 240, annualRevenueEur: 1_100_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'stress_resistance'],
  },
  {
    id: 'et-h34-09-pdf-tabel-kutuseveoki-juhist-kutuse-muugiesindaja-haapsalu',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Plii Üheksa',
    email: 'plii.yheksa3409@example.org',
    phone: '5099 3409',
    contactLines: ['Haapsalu, Läänemaa'],
    afterContact: [{ kind: 'paragraph', text: 'Soovin tööd: müügiesindaja või müügijuht Lääne-Eestis' }],
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töökogemus',
      education: 'Haridus',
      certifications: 'Tunnistused',
      languages: 'Keeled',
      skills: 'Isikuomadused ja oskused',
    },
    jobLabels: { period: 'Ajavahemik', title: 'Ametikoht', employer: 'Töökoht', duties: 'Vastutus' },
    profile: [
      'Kütusega olen seotud 23 aastat. Praegu müün diislit, kütteõli ja määrdeaineid Läänemaa, Raplamaa ja Pärnumaa ' +
        'ettevõtetele: minu kliendid on umbes 150 talu, ehitusfirmat, veofirmat ja katlamaja. 2025. aastal ostsid ' +
        'nad meilt kütust ja määrdeaineid 8,7 mln € eest. Talunikud ja firmade omanikud otsustavad ise ja kiiresti – ' +
        'oluline on olla kättesaadav.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Müügiesindaja',
        'Läänekütus AS',
        '2015-05',
        null,
        true,
        '1. mai 2015 – praegu',
        [
          'diisli, kütteõli ja määrdeainete müük põllumajandus-, ehitus- ja transpordifirmadele',
          'kütusekaartide ja mahutite rendilepingud',
          'hinnapakkumised börsihinna järgi, kord nädalas',
          'ettevõte müüb aastas umbes 60 miljonit liitrit kütust',
        ],
        'Haapsalu',
      ),
      job(
        'Kütuselao juhataja',
        'Läänekütus AS',
        '2011-03',
        '2015-04',
        false,
        '1. märts 2011 – 30. aprill 2015',
        ['lao töö planeerimine ja ohutus', 'kolm laotöötajat'],
        'Haapsalu',
      ),
      job(
        'Kütuseveoki juht',
        'Lääne Vedu OÜ',
        '2003-06',
        '2011-02',
        false,
        '2. juuni 2003 – 28. veebruar 2011',
        ['kütuse vedu tanklatesse, taludesse ja katlamajadesse'],
        'Haapsalu',
      ),
    ],
    education: [
      edu('kutseharidus', 'Haapsalu Kutsehariduskeskus, veokijuht, kutseharidus, 1998–2001', {
        field: 'veokijuht',
        institution: 'Haapsalu Kutsehariduskeskus',
        startYear: 1998,
        endYear: 2001,
      }),
      edu('põhiharidus', 'Lihula Keskkool, põhiharidus, 1989–1998', {
        institution: 'Lihula Keskkool',
        startYear: 1989,
        endYear: 1998,
      }),
    ],
    courses: [],
    certifications: [named('Tõstukijuhi tunnistus', 'Tõstukijuhi tunnistus (2012)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B2', 'vene – hea'),
      lang('en', 'A2', 'inglise – algtase'),
      lang('sv', 'A2', 'rootsi – algtase'),
    ],
    skills: ['Kliendikeskne', 'Ettevõtlik', 'Excel, Merit Aktiva', 'Juhiload B, C, CE'],
    closing: [
      { kind: 'heading', text: 'Lisainfo' },
      {
        kind: 'paragraph',
        text: 'ADR-juhi koolitustunnistus (põhikursus ja paakveod) kehtis kuni 2021. aastani, pikendanud ei ole.',
      },
    ],
    clientBase: { activeAccounts: 150, annualRevenueEur: 8_700_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'entrepreneurship', 'organisation'],
  },
  {
    id: 'et-h34-10-tekst-tabel-paigaldajast-garaaziuste-ja-varavate-projektimuugi-juht-rapla',
    format: 'txt',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Plii Kümme',
    email: 'plii.kymme3410@example.com',
    phone: '+372 5871 3410',
    contactLines: ['Rapla'],
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      languages: 'Keeled',
      skills: 'Oskused',
      workTable: ['Periood', 'Firma', 'Ametikoht'],
    },
    profile: [
      'Töötan 15 aastat uste ja väravate alal. Praegu müün projektimüügi juhina tööstus- ja garaažiuksi ning ' +
        'automaatväravaid arendajatele, ehitusfirmadele ja tootmisettevõtetele üle Eesti. Püsikliente on 40; 2025. ' +
        'aastal sõlmisin lepinguid 1,9 mln € eest. Olen ise üle 600 värava paigaldanud, nii et oskan objektil kohe ' +
        'öelda, mis sobib ja mis mitte.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Projektimüügi juht', 'Väravakeskus OÜ', '2020-03', null, true, '2020-03 – praegu', [
        'tööstususte, garaažiuste ja automaatväravate pakkumised arendajatele ja ehitusfirmadele',
        'objektil mõõdistamine ja lahenduse valik',
        'lepingud ja paigaldusgraafikud koos paigaldusjuhiga',
      ]),
      job('Müügikonsultant', 'Väravakeskus OÜ', '2016-05', '2020-02', true, '2016-05 – 2020-02', [
        'garaažiuste ja väravate müük eraklientidele esinduses ja telefoni teel',
      ]),
      job('Paigaldaja', 'Väravakeskus OÜ', '2011-08', '2016-04', false, '2011-08 – 2016-04'),
      job('Keevitaja', 'Rapla Metall OÜ', '2009-09', '2011-07', false, '2009-09 – 2011-07'),
    ],
    education: [
      edu('kutseõpe', 'Kehtna Kutsehariduskeskus, keevitaja, kutseõpe (1 aasta), 2008–2009', {
        field: 'keevitaja',
        institution: 'Kehtna Kutsehariduskeskus',
        startYear: 2008,
        endYear: 2009,
      }),
      edu('keskharidus', 'Rapla Ühisgümnaasium, keskharidus, 2008', {
        institution: 'Rapla Ühisgümnaasium',
        endYear: 2008,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('ru', 'A2', 'vene – natuke'),
    ],
    skills: ['Tehniline müük', 'Algatusvõime', 'AutoCAD (jooniste lugemine), Excel', 'Juhiload B, BE'],
    clientBase: { activeAccounts: 40, annualRevenueEur: 1_900_000, segment: 'national' },
    competencies: ['initiative', 'sales'],
  },
  {
    id: 'et-h34-11-word-kaks-veergu-disainerist-valireklaami-kliendihaldur-tallinn',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Kandidaat Plii Üksteist',
    email: 'plii.yksteist3411@example.net',
    phone: '+372 5330 3411',
    contactLines: ['Tallinn, Kalamaja', 'Portfoolio: plii34.example.org'],
    headings: {
      contact: 'Kontakt',
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen graafiline disainer, kes läks üle meediamüüki. Müün välireklaami – suurtahvleid, ootekodade ja ' +
        'kaubanduskeskuste ekraane – reklaamiagentuuridele ja otseklientidele. Minu portfellis on 55 agentuuri ja ' +
        'reklaamijat üle Eesti; 2025. aastal ostsid nad minult reklaamipinda 2,6 mln € eest.',
      'Kampaaniate eelarve üle otsustavad turundusjuhid ja agentuuride meediajuhid, kellega suhtlen iga päev.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job('Kliendihaldur', 'Linnameedia AS', '2017-09', null, true, '09.2017 – praegu', [
          'kampaaniaplaanid ja pakkumised agentuuridele ja otseklientidele',
          'aastalepingute läbirääkimised suuremate reklaamijatega',
          'kampaaniate visuaalide nõustamine – disaineritaust tuleb kasuks',
          'ettevõttel on üle Eesti ligi 1 400 reklaampinda',
        ]),
        lines: ['09.2017 – praegu — Kliendihaldur', 'Linnameedia AS, Tallinn'],
      },
      {
        ...job('Graafiline disainer', 'Reklaamibüroo Idee OÜ', '2012-06', '2017-08', false, '06.2012 – 08.2017', [
          'välireklaami, pakendite ja trükiste kujundus',
          'kliendi soovide täpsustamine koos projektijuhiga',
        ]),
        lines: ['06.2012 – 08.2017 — Graafiline disainer', 'Reklaamibüroo Idee OÜ, Tallinn'],
      },
      {
        ...job('Küljendaja', 'Vallaleht OÜ', '2010-09', '2012-05', false, '09.2010 – 05.2012 (osalise ajaga)'),
        lines: ['09.2010 – 05.2012 (osalise ajaga) — Küljendaja', 'Vallaleht OÜ, Saue'],
      },
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Märts 2020 – veebruar 2022 olin lapsehoolduspuhkusel.' }],
    education: [
      edu('bakalaureusekraad', 'Eesti Kunstiakadeemia, graafiline disain, bakalaureusekraad, 2009–2012', {
        field: 'graafiline disain',
        institution: 'Eesti Kunstiakadeemia',
        startYear: 2009,
        endYear: 2012,
      }),
    ],
    courses: [
      named('Meediaplaneerimise alused', 'Meediaplaneerimise alused, 2018'),
      named('Läbirääkimised suurklientidega', 'Läbirääkimised suurklientidega, 2019'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – kõrgtase'),
      lang('ru', 'B1', 'vene – kesktase'),
      lang('fr', 'A2', 'prantsuse – algtase'),
    ],
    skills: ['Loovus', 'Läbirääkimisoskus', 'Adobe InDesign, Illustrator, Photoshop', 'Google Workspace'],
    clientBase: { activeAccounts: 55, annualRevenueEur: 2_600_000, segment: 'national', decisionMakers: true },
    competencies: ['innovation', 'negotiation'],
  },
  {
    id: 'et-h34-12-pdf-punktid-raadiodiktorist-raadioreklaami-muugijuht-viljandi',
    format: 'pdf',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Plii Kaksteist',
    email: 'plii.kaksteist3412@example.com',
    phone: '+372 5191 3412',
    contactLines: ['Viljandi'],
    tagline: 'Reklaamimüük · raadio · kohalik turundus',
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Tugevused',
    },
    profile: [
      'Raadios olen 25 aastat: alustasin diktorina, olin hommikuprogrammi saatejuht ja juhin alates 2012. aastast ' +
        'kohaliku raadio reklaamimüüki. Minu kliendid on umbes 110 Viljandimaa, Järvamaa ja Pärnumaa ettevõtet – ' +
        'poed, autoesindused, söögikohad, ehitusfirmad ja vallad. 2025. aastal ostsid nad raadioreklaami ja ' +
        'sponsorlusi 480 000 € eest. Väikefirmas otsustab omanik ise ja sageli sealsamas kohtumisel.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Reklaamimüügi juht', 'Raadio Mulgimaa OÜ', '2012-08', null, true, '08/2012 – senini', [
          'Reklaamikampaaniate ja sponsorluspakettide müük',
          'Reklaamiklippide tekstid ja lugemine',
          'Kahe müügiesindaja juhendamine',
          'Raadiot kuulab nädalas umbes 45 000 inimest',
        ]),
        lines: ['Reklaamimüügi juht (Raadio Mulgimaa OÜ), 08/2012 – senini'],
      },
      {
        ...job('Saatejuht', 'Raadio Mulgimaa OÜ', '2008', '2012-07', false, '2008 – 07/2012', [
          'Hommikuprogramm tööpäeviti, intervjuud kohalike ettevõtjatega',
        ]),
        lines: ['Saatejuht (Raadio Mulgimaa OÜ), 2008 – 07/2012'],
      },
      {
        ...job('Raadiodiktor', 'Raadio Mulgimaa OÜ', '2001', '2008', false, '2001–2008', [
          'Uudised, teadaanded ja reklaamide lugemine',
        ]),
        lines: ['Raadiodiktor (Raadio Mulgimaa OÜ), 2001–2008'],
      },
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Tartu Ülikooli Viljandi Kultuuriakadeemia, kultuurikorraldus, rakenduskõrgharidus, 1997–2001',
        {
          field: 'kultuurikorraldus',
          institution: 'Tartu Ülikooli Viljandi Kultuuriakadeemia',
          startYear: 1997,
          endYear: 2001,
        },
      ),
    ],
    courses: [
      named('Raadioreklaami kirjutamine', 'Raadioreklaami kirjutamine, 2013'),
      named('Müügijuhtimine väikeettevõttes', 'Müügijuhtimine väikeettevõttes, 2016'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('de', 'A2', 'saksa – algtase'),
    ],
    skills: ['Veenmisoskus', 'Suhtlemisoskus', 'Juhendamisoskus', 'Adobe Audition, Excel'],
    clientBase: { activeAccounts: 110, annualRevenueEur: 480_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'communication', 'persuasiveness'],
  },
  {
    id: 'et-h34-13-word-tabel-klaasijast-klaasitoode-projektimuugi-juht-soomes-tootanud-kuressaare',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Plii Kolmteist',
    email: 'plii13.saare3413@example.org',
    phone: '+372 5677 3413',
    contactLines: ['Kuressaare, Saaremaa'],
    headings: {
      profile: 'Lühidalt',
      work: 'Kus olen töötanud',
      education: 'Haridus',
      courses: 'Kursused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    jobLabels: { period: 'Aastad', title: 'Töö', employer: 'Kus', duties: 'Mida tegin' },
    profile: [
      'Klaasija ja klaasitööde projektimüügi juht. Kaheksa aastat paigaldasin klaasi Eestis ja Soomes, alates ' +
        '2014. aastast müün klaasitöid: klaasfassaadid, klaaspiirded, dušinurgad ja peeglid. Minu kliendid on 35 ' +
        'ehitusfirmat ja arhitektibürood Saaremaal, Hiiumaal ja Lääne-Eestis; 2025. aastal sõlmisin nendega ' +
        'lepinguid 900 000 € eest. Eraklientide tellimused tulevad sellele lisaks.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Projektimüügi juht',
        'Saare Klaas OÜ',
        '2014',
        null,
        true,
        '2014 – praegu',
        [
          'pakkumised ja lepingud ehitusfirmadele',
          'objektide mõõdistamine ja tehniliste lahenduste valik',
          'paigaldusbrigaadide töögraafik koos tootmisjuhiga',
        ],
        'Kuressaare',
      ),
      job(
        'Klaasipaigaldaja',
        'Lasitus Vuori Oy',
        '2009',
        '2014',
        false,
        '2009–2014',
        ['klaasfassaadide ja rõdude klaasimine uusarendustes'],
        'Espoo, Soome',
      ),
      job(
        'Klaasija',
        'Saare Klaas OÜ',
        '2006',
        '2009',
        false,
        '2006–2009',
        ['klaasi lõikamine, akende ja peeglite paigaldus'],
        'Kuressaare',
      ),
    ],
    education: [
      edu('kutseharidus', 'Kuressaare Ametikool, ehitusviimistleja, kutseharidus, 2003–2006', {
        field: 'ehitusviimistleja',
        institution: 'Kuressaare Ametikool',
        startYear: 2003,
        endYear: 2006,
      }),
    ],
    courses: [named('Klaaskonstruktsioonide alused', 'Klaaskonstruktsioonide alused, 2018')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('fi', 'B2', 'soome – hea (töötasin Soomes viis aastat)'),
      lang('en', 'B1', 'inglise – suhtlustasemel'),
      lang('ru', 'A2', 'vene – algtase'),
    ],
    skills: ['Kliendikesksus', 'Hinnakalkulatsioonid', 'Klaasi ja profiilisüsteemide tundmine', 'Juhiload B'],
    clientBase: { activeAccounts: 35, annualRevenueEur: 900_000, segment: 'regional_smb' },
    competencies: ['customer_focus'],
  },
  {
    id: 'et-h34-14-pdf-kalatootlejast-kalatoodete-votmekliendihaldur-ketid-kardla',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Plii Neliteist',
    email: 'neliteist.plii3414@example.net',
    phone: '+372 5300 3414',
    contactLines: ['Kärdla, Hiiumaa'],
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
      'Olen töötanud kalatööstuses 2009. aastast – alustasin tootmisliinil, olin tootmismeister ja alates 2018. ' +
        'aastast võtmekliendihaldur. Minu kliendid on kuus jaeketti Eestis, Lätis ja Soomes ning kolm hulgimüüjat, ' +
        'kokku üheksa võtmeklienti. 2025. aastal müüsime neile suitsu- ja soolakala ning kalatooteid 7,2 mln € eest.',
      'Läbirääkimised peame kategooriajuhtide ja ostujuhtidega, kes otsustavad, mis riiulile jõuab.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Võtmekliendihaldur', 'Hiiu Kalatööstus AS', '2018-03', null, true, '2018 märts – praegu', [
          'aastalepingud, hinnad ja kampaaniad kettidega',
          'uute toodete listimine',
          'koostöö tootmise ja logistikaga tarnete planeerimisel',
          'tehas töötleb aastas umbes 9 000 tonni kala',
        ]),
        lines: ['Võtmekliendihaldur', 'Hiiu Kalatööstus AS – Kärdla – 2018 märts – praegu'],
      },
      {
        ...job('Tootmismeister', 'Hiiu Kalatööstus AS', '2012-05', '2018-02', false, '2012 mai – 2018 veebruar', [
          'vahetuse töö korraldamine, 25 töötajat',
          'kvaliteedi- ja toiduohutuse kontroll',
        ]),
        lines: ['Tootmismeister', 'Hiiu Kalatööstus AS – Kärdla – 2012 mai – 2018 veebruar'],
      },
      {
        ...job('Kalatöötleja', 'Hiiu Kalatööstus AS', '2009-06', '2012-04', false, '2009 juuni – 2012 aprill'),
        lines: ['Kalatöötleja', 'Hiiu Kalatööstus AS – Kärdla – 2009 juuni – 2012 aprill'],
      },
    ],
    education: [
      edu('bakalaureus', 'Eesti Maaülikool, toiduainete tehnoloogia, bakalaureus (kaugõpe), 2011–2015', {
        field: 'toiduainete tehnoloogia',
        institution: 'Eesti Maaülikool',
        startYear: 2011,
        endYear: 2015,
      }),
      edu('keskharidus', 'Hiiumaa Gümnaasium, keskharidus, 2009', {
        institution: 'Hiiumaa Gümnaasium',
        endYear: 2009,
      }),
    ],
    courses: [
      named('Võtmekliendihalduse alused', 'Võtmekliendihalduse alused, 2018'),
      named('Jaekettide läbirääkimised', 'Jaekettide läbirääkimised, 2020'),
    ],
    certifications: [named('Toiduohutuse siseaudiitor', 'Toiduohutuse siseaudiitor (2016)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('fi', 'B2', 'soome – hea'),
      lang('en', 'B2', 'inglise – hea'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('lv', 'A1', 'läti – A1'),
    ],
    skills: ['Läbirääkimisoskus', 'Analüüsivõime', 'Excel, Power BI, SAP'],
    clientBase: { activeAccounts: 9, annualRevenueEur: 7_200_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'teamwork'],
  },
  {
    id: 'et-h34-15-tekst-kaks-veergu-kullerist-pakiveo-arikliendihaldur-vene-emakeel-maardu',
    format: 'txt',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Plii Viisteist',
    email: 'plii.viisteist3415@example.com',
    phone: '+372 5862 3415',
    contactLines: ['Maardu'],
    headings: {
      contact: 'Kontakt',
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen kullerist ärikliendihalduriks kasvanud. Minu kliendid on 180 e-poodi ja ettevõtet Tallinnas ja ' +
        'Harjumaal, kes saadavad meie kaudu pakke; 2025. aastal oli nende saatmiste arve kokku 1,6 mln €. Enamasti ' +
        'suhtlen e-poodide omanikega – nemad otsustavad, millise pakifirmaga töötada.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job('Ärikliendihaldur', 'Pakiexpress Baltic AS', '2022-02', null, true, '02.2022 – praegu', [
          'e-poodide ja ettevõtete lepingud, hinnakokkulepped mahu järgi',
          'uute e-poodide liidestamine koos IT-toega',
          'pakiautomaatide võrgus on üle Eesti 420 automaati',
        ]),
        lines: ['Ärikliendihaldur / Pakiexpress Baltic AS / 02.2022 – praegu'],
      },
      {
        ...job('Ärikliendi müügiesindaja', 'Pakiexpress Baltic AS', '2019-06', '2022-01', true, '06.2019 – 01.2022', [
          'väikeettevõtete leidmine ja lepingud, külmkõned ja kohtumised',
        ]),
        lines: ['Ärikliendi müügiesindaja / Pakiexpress Baltic AS / 06.2019 – 01.2022'],
      },
      {
        ...job('Kuller', 'Pakiexpress Baltic AS', '2016-04', '2019-05', false, '04.2016 – 05.2019', [
          'pakiveod Tallinnas ja Maardus, päevas kuni 120 pakki',
        ]),
        lines: ['Kuller / Pakiexpress Baltic AS / 04.2016 – 05.2019'],
      },
      {
        ...job('Laotöötaja', 'Maardu Logistikakeskus OÜ', '2014-08', '2016-03', false, '08.2014 – 03.2016'),
        lines: ['Laotöötaja / Maardu Logistikakeskus OÜ / 08.2014 – 03.2016'],
      },
    ],
    education: [
      edu('kutseharidus', 'Tallinna Transpordikool, logistika, kutseharidus, 2012–2014', {
        field: 'logistika',
        institution: 'Tallinna Transpordikool',
        startYear: 2012,
        endYear: 2014,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('ru', 'native', 'vene – emakeel'),
      lang('et', 'B2', 'eesti – B2'),
      lang('en', 'B1', 'inglise – B1'),
      lang('uk', 'B1', 'ukraina – suhtlustasemel'),
    ],
    skills: ['Kliendikesksus', 'Algatusvõimeline', 'Excel, Pipedrive', 'Juhiload B'],
    clientBase: { activeAccounts: 180, annualRevenueEur: 1_600_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'initiative'],
  },
  {
    id: 'et-h34-16-word-punktid-personaaltreenerist-spordiklubi-korporatiivmuugi-juht-tallinn',
    format: 'docx',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Plii Kuusteist',
    email: 'plii.kuusteist3416@example.net',
    phone: '+372 5120 3416',
    contactLines: ['Tallinn, Mustamäe'],
    tagline: 'Korporatiivmüügi juht – ettevõtete spordipaketid',
    headings: {
      profile: 'Profiil',
      work: 'Kogemus',
      education: 'Haridus',
      certifications: 'Kutsetunnistus',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Endine personaaltreener, nüüd spordiklubi korporatiivmüügi juht. Müün ettevõtetele töötajate spordipakette ' +
        'ja hoian nendega lepinguid: minu klientideks on 85 ettevõtet Tallinnas ja Harjumaal, kokku üle 4 000 ' +
        'töötaja, kes meie klubides treenivad. 2025. aastal maksid need ettevõtted meile 740 000 €. Lepingu üle ' +
        'otsustavad personalijuhid ja juhatuse liikmed.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Korporatiivmüügi juht',
        'Vormiklubi AS',
        '2023-01',
        null,
        true,
        'jaan. 2023 – praegu',
        [
          'Ettevõtete spordipakettide pakkumised ja lepingud',
          'Tervisepäevade ja treeningute korraldamine klientide kontorites',
          'Koostöö klubide juhatajatega',
        ],
        'Tallinn',
      ),
      job(
        'Müügikonsultant',
        'Vormiklubi AS',
        '2021-03',
        '2022-12',
        true,
        'märts 2021 – dets. 2022',
        ['Liikmelisuste müük klubi vastuvõtus ja telefoni teel, kuu eesmärk 60 uut liiget'],
        'Tallinn',
      ),
      job(
        'Personaaltreener',
        'Vormiklubi AS',
        '2015-09',
        '2021-02',
        false,
        'sept. 2015 – veebr. 2021',
        ['Personaal- ja rühmatreeningud, ligi 30 püsiklienti'],
        'Tallinn',
      ),
      job(
        'Rühmatreener',
        'Spordiklubi Hüpe MTÜ',
        '2013-01',
        '2015-06',
        false,
        'jaan. 2013 – juuni 2015 (osalise ajaga)',
        undefined,
        'Tallinn',
      ),
    ],
    education: [
      edu('bakalaureus', 'Tallinna Ülikool, kehakultuur, bakalaureus, 2012–2015', {
        field: 'kehakultuur',
        institution: 'Tallinna Ülikool',
        startYear: 2012,
        endYear: 2015,
      }),
    ],
    courses: [],
    certifications: [named('Personaaltreener, tase 5', 'Personaaltreener, tase 5 (kehtib 2026. aasta detsembrini)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – vabalt'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('es', 'A2', 'hispaania – algtase'),
    ],
    skills: ['Suhtlemisoskus', 'Meeskonnatöö', 'Pingekindel', 'HubSpot, Excel'],
    clientBase: { activeAccounts: 85, annualRevenueEur: 740_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'stress_resistance', 'teamwork'],
  },
  {
    id: 'et-h34-17-pdf-tabel-ukraina-ehitusinsenerist-tellingute-rendi-muugiesindaja-kehra',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Plii Seitseteist',
    email: 'plii.seitseteist3417@example.org',
    phone: '+372 5395 3417',
    contactLines: ['Kehra, Anija vald', 'Elamisluba: ajutine kaitse, kehtib 03.2027'],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
      workTable: ['Aastad', 'Ettevõte', 'Amet'],
    },
    profile: [
      'Ehitusinsener Ukrainast, Eestis alates 2022. aastast. Kümme aastat töötasin Poltavas ehitusfirmas ' +
        'objektijuhina; Eestis alustasin tellingute paigaldajana ja olen nüüd kolmandat aastat tellingute ja ' +
        'tõstukite rendi müügiesindaja. Minu kliendid on 70 ehitus- ja fassaadifirmat Tallinnas ja Harjumaal; 2025. ' +
        'aastal oli nende rendiarve kokku 1,2 mln €. Räägin eesti keelt B1 tasemel ja õpin edasi.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Müügiesindaja', 'Tellingurent OÜ', '2023-04', null, true, '04.2023 – praegu', [
        'tellingute, tõstukite ja piirdeaedade rendipakkumised',
        'objektide ülevaatus ja tellingute mahu arvutamine',
        'uued kliendid ukraina- ja venekeelsete ehitusfirmade seas',
      ]),
      job('Tellingute paigaldaja', 'Tellingurent OÜ', '2022-06', '2023-03', false, '06.2022 – 03.2023'),
      job('Objektijuht', 'Poltavabud TOV', '2012-03', '2022-02', false, '03.2012 – 02.2022', [
        'kortermajade ehitus Poltavas, kolm kuni neli objekti korraga',
        'alltöövõtjate töö planeerimine ja vastuvõtt',
      ]),
    ],
    education: [
      edu('magistrikraad', 'Poltava Riiklik Tehnikaülikool, tööstus- ja tsiviilehitus, magistrikraad, 2011–2012', {
        field: 'tööstus- ja tsiviilehitus',
        institution: 'Poltava Riiklik Tehnikaülikool',
        startYear: 2011,
        endYear: 2012,
      }),
      edu(
        'bakalaureusekraad',
        'Poltava Riiklik Tehnikaülikool, tööstus- ja tsiviilehitus, bakalaureusekraad, 2007–2011',
        {
          field: 'tööstus- ja tsiviilehitus',
          institution: 'Poltava Riiklik Tehnikaülikool',
          startYear: 2007,
          endYear: 2011,
        },
      ),
    ],
    courses: [
      named('Eesti keel B1', 'Eesti keel B1 (Integratsiooni Sihtasutus), 2023–2024'),
      named('Tellingute paigaldamise ohutus', 'Tellingute paigaldamise ohutus, 2022'),
    ],
    certifications: [],
    languages: [
      lang('uk', 'native', 'ukraina – emakeel'),
      lang('ru', 'C1', 'vene – vabalt'),
      lang('et', 'B1', 'eesti – B1 (tasemeeksam 2025)'),
      lang('en', 'A2', 'inglise – algtase'),
      lang('pl', 'A2', 'poola – algtase'),
    ],
    skills: ['Ehitusinseneri tehnilised teadmised', 'Planeerimine', 'Pingetaluvus', 'AutoCAD, Excel'],
    clientBase: { activeAccounts: 70, annualRevenueEur: 1_200_000, segment: 'regional_smb' },
    competencies: ['organisation', 'stress_resistance'],
  },
  {
    id: 'et-h34-18-tekst-punktid-katlamaja-operaatorist-graanulite-ekspordi-muugijuht-paide',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Plii Kaheksateist',
    email: 'plii.kaheksateist3418@example.com',
    phone: null,
    contactLines: ['Paide, Järvamaa'],
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töökogemus',
      education: 'Haridus',
      languages: 'Keelteoskus',
      skills: 'Oskused',
    },
    profile: [
      'Olen graanulitehases töötanud selle käivitamisest 2006. aastal, enne seda olin kaheksa aastat katlamaja ' +
        'operaator. Alates 2014. aastast vastutan ekspordimüügi eest: minu kliendid on 12 energiafirmat ja ' +
        'hulgimüüjat Taanis, Rootsis ja Saksamaal. 2025. aastal müüsime neile graanuleid 11 mln € eest. Lepingud ' +
        'teen ostujuhtidega, kes otsustavad hooajalepingute üle.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Müügijuht (eksport)', 'Järva Graanul AS', '2014', null, true, '2014 – tänase päevani', [
          'Hooajalepingud ja hinnaläbirääkimised',
          'Laevade ja rongide graafikud koos logistikaga',
          'Tehas toodab aastas 180 000 tonni graanuleid',
        ]),
        lines: ['2014 – tänase päevani · Müügijuht (eksport) · Järva Graanul AS'],
      },
      {
        ...job('Vahetuse juht', 'Järva Graanul AS', '2006', '2014', false, '2006–2014', [
          'Tootmisliini töö ja kvaliteet, vahetuses kaheksa inimest',
        ]),
        lines: ['2006–2014 · Vahetuse juht · Järva Graanul AS'],
      },
      {
        ...job('Katlamaja operaator', 'Paide Soojus AS', '1998', '2006', false, '1998–2006'),
        lines: ['1998–2006 · Katlamaja operaator · Paide Soojus AS'],
      },
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Eesti Ettevõtluskõrgkool Mainor, ärijuhtimine, rakenduskõrgharidus (töö kõrvalt), 2008–2012',
        {
          field: 'ärijuhtimine',
          institution: 'Eesti Ettevõtluskõrgkool Mainor',
          startYear: 2008,
          endYear: 2012,
        },
      ),
      edu('kutsekeskharidus', 'Türi Tehnikum, soojusenergeetika, keskeriharidus, 1994–1998', {
        field: 'soojusenergeetika',
        institution: 'Türi Tehnikum',
        startYear: 1994,
        endYear: 1998,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – väga hea'),
      lang('ru', 'B2', 'vene – hea'),
      lang('sv', 'B1', 'rootsi – suhtlustasemel'),
      lang('de', 'B1', 'saksa – suhtlustasemel'),
    ],
    skills: ['Läbirääkimisoskus', 'Ärivaist', 'Excel, SAP'],
    clientBase: { activeAccounts: 12, annualRevenueEur: 11_000_000, segment: 'international', decisionMakers: true },
    competencies: ['entrepreneurship', 'negotiation'],
  },
  {
    id: 'et-h34-19-pdf-kaks-veergu-kokast-suurkoogiseadmete-muugiesindaja-tallinn',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Plii Üheksateist',
    email: 'plii.yheksateist3419@example.net',
    phone: '+372 5646 3419',
    contactLines: ['Tallinn, Pirita'],
    tagline: 'Suurköögiseadmete müügiesindaja',
    headings: {
      contact: 'Kontakt',
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Kutsetunnistus',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Kokk, kes müüb suurköögiseadmeid. Üksteist aastat restorani- ja hotellikööki, neist neli aastat ' +
        'sous-chef’ina, ja alates 2017. aastast müügiesindaja. Minu kliendid on umbes 120 restorani, hotelli, ' +
        'koolikööki ja toitlustusettevõtet Tallinnas ja Harjumaal; 2025. aastal ostsid nad meilt ahjusid, ' +
        'külmseadmeid, nõudepesumasinaid ja hooldust 2,2 mln € eest.',
      'Investeeringu üle otsustavad omanikud, peakokkadega arutame, mida köögis päriselt vaja on.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job('Müügiesindaja', 'Köögitehnika Baltic OÜ', '2017-10', null, true, '2017. a oktoobrist', [
        'köökide sisustuse pakkumised koos projekteerijaga',
        'seadmete demod meie näidisköögis',
        'hoolduslepingud ja varuosade tellimused',
      ]),
      job('Sous-chef', 'Hotell Merekallas OÜ', '2013-04', '2017-09', false, 'aprill 2013 – september 2017', [
        'köögi töö planeerimine, menüüd ja kalkulatsioonid',
        'uute kokkade juhendamine',
      ]),
      job('Kokk', 'Restoran Vana Tall OÜ', '2006-08', '2013-03', false, 'august 2006 – märts 2013'),
    ],
    education: [
      edu('kutseharidus', 'Tallinna Teeninduskool, kokk, kutseharidus, 2004–2006', {
        field: 'kokk',
        institution: 'Tallinna Teeninduskool',
        startYear: 2004,
        endYear: 2006,
      }),
    ],
    courses: [
      named('Suurköögi projekteerimise alused', 'Suurköögi projekteerimise alused, 2018'),
      named('Konsultatiivne müük', 'Konsultatiivne müük, 2019'),
    ],
    certifications: [named('Kokk, tase 4', 'Kokk, tase 4 (2006)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('ru', 'B2', 'vene – hea'),
      lang('fi', 'B1', 'soome – suhtlustasemel'),
    ],
    skills: ['Kliendisuhted', 'Meeskonnatöö', 'Köögi praktiline kogemus', 'Excel, Pipedrive'],
    clientBase: { activeAccounts: 120, annualRevenueEur: 2_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'organisation', 'relationship_building', 'teamwork'],
  },
  {
    id: 'et-h34-20-word-eesti-keele-opetajast-oppekirjanduse-koolikonsultant-jogeva',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Plii Kakskümmend',
    email: 'plii.kakskymmend3420@example.org',
    phone: '+372 5223 3420',
    contactLines: ['Jõgeva', 'Sündinud 1969'],
    headings: {
      profile: 'Tutvustus',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Täiendkoolitused',
      languages: 'Keeleoskus',
      skills: 'Oskused',
    },
    profile: [
      'Olin 21 aastat eesti keele ja kirjanduse õpetaja ning olen nüüd üle kümne aasta õppekirjanduse kirjastuse ' +
        'koolikonsultant. Külastan koole, tutvustan õpikuid ja töövihikuid, koolitan õpetajaid ja võtan vastu ' +
        'tellimusi. Minu piirkonnas on 140 kooli Jõgeva-, Tartu- ja Ida-Virumaal; 2025. aastal tellisid need koolid ' +
        'meilt õppekirjandust ja digiõppevara 690 000 € eest.',
      'Õpikute valiku teevad õpetajad ja õppealajuhatajad – nemad otsustavad, mida kool tellib.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job('Koolikonsultant', 'Õpiraamat Kirjastus OÜ', '2015-08', null, true, '08.2015 – praegu', [
          'koolide külastused ja õppekirjanduse tutvustamine',
          'õpetajate koolitused uute õpikute kasutamiseks',
          'tellimuste vastuvõtt ja hinnapakkumised koolidele',
          'kirjastus annab aastas välja umbes 120 uut nimetust',
        ]),
        lines: ['Koolikonsultant, Õpiraamat Kirjastus OÜ', 'Aeg: 08.2015 – praegu'],
      },
      {
        ...job(
          'Eesti keele ja kirjanduse õpetaja',
          'Jõgevamaa Kool',
          '1994-08',
          '2015-07',
          false,
          '08.1994 – 07.2015',
          [
            'eesti keel ja kirjandus 7.–12. klassile',
            'klassijuhataja, aineühenduse juht 2008–2015',
            'noorte õpetajate mentorlus',
          ],
        ),
        lines: ['Eesti keele ja kirjanduse õpetaja, Jõgevamaa Kool', 'Aeg: 08.1994 – 07.2015'],
      },
    ],
    education: [
      edu('kõrgharidus', 'Tartu Ülikool, eesti filoloogia, kõrgharidus, 1988–1993', {
        field: 'eesti filoloogia',
        institution: 'Tartu Ülikool',
        startYear: 1988,
        endYear: 1993,
      }),
    ],
    courses: [
      named('Digiõppevara kasutamine koolis', 'Digiõppevara kasutamine koolis, 2020'),
      named('Esitlusoskused', 'Esitlusoskused, 2016'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B2', 'vene – hea'),
      lang('en', 'B1', 'inglise – suhtlustasemel'),
      lang('de', 'A2', 'saksa – algtase'),
    ],
    skills: ['Esinemisoskus', 'Suhtlemisoskus', 'Juhendamine', 'MS Office, eKool, Stuudium'],
    clientBase: { activeAccounts: 140, annualRevenueEur: 690_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'communication'],
  },
  {
    id: 'et-h34-21-tekst-tabel-it-toest-kassasusteemide-muugiesindaja-saue',
    format: 'txt',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Plii Kakskümmend Üks',
    email: 'plii.kakskymmendyks3421@example.net',
    phone: '+372 5700 3421',
    contactLines: ['Saue, Harjumaa'],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    jobLabels: { period: 'Aeg', title: 'Positsioon', employer: 'Ettevõte', duties: 'Ülesanded' },
    profile: [
      'IT-toe taustaga müügiesindaja. Müün kassasüsteeme, kaardimakseterminale ja kassatarkvara kauplustele, ' +
        'kohvikutele ja restoranidele Tallinnas ja Harjumaal. Minu klientide hulgas on 160 ettevõtet; nende ' +
        'tarkvara kuutasud ja seadmete rent annavad aastas 420 000 € (ARR). Väikeses kohvikus või poes otsustab ' +
        'omanik ise, tavaliselt pärast demo.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job('Müügiesindaja', 'Kassatark OÜ', '2020-10', null, true, '1.10.2020 – praegu', [
        'demod kohapeal, pakkumised ja lepingud',
        'paigalduse ja koolituse korraldamine koos tehnikutega',
        'süsteemi kasutab üle Eesti umbes 2 500 müügikohta',
      ]),
      job('IT-toe spetsialist', 'Kassatark OÜ', '2018-02', '2020-09', false, '5.02.2018 – 30.09.2020', [
        'kassade ja terminalide tõrked telefoni ja kaugühenduse teel',
      ]),
      job('Arvutitehnik', 'Arvutiabi OÜ', '2016-06', '2018-01', false, '1.06.2016 – 31.01.2018'),
    ],
    education: [
      edu('kutseharidus', 'Tallinna Polütehnikum, IT-süsteemide spetsialist, kutseharidus, 2013–2016', {
        field: 'IT-süsteemide spetsialist',
        institution: 'Tallinna Polütehnikum',
        startYear: 2013,
        endYear: 2016,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('ru', 'B1', 'vene – B1'),
    ],
    skills: ['Proaktiivne', 'Kliendikeskne', 'Tehniline müük', 'Windows, võrgud, kassatarkvara seadistamine'],
    clientBase: { activeAccounts: 160, annualRevenueEur: 420_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'initiative', 'sales'],
  },
  {
    id: 'et-h34-22-tekst-punktid-plaatijast-plaatide-kliendihaldur-eesti-lati-valga',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Plii Kakskümmend Kaks',
    email: 'plii22.valga3422@example.com',
    phone: '+372 5614 3422',
    contactLines: ['Valga'],
    headings: {
      profile: 'Lühidalt',
      work: 'Töökogemus',
      education: 'Haridus',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen plaatija, kes müüb nüüd plaate ja ehituskeemiat. Minu kliendid on 65 ehitus- ja remondifirmat ' +
        'Valgamaal, Võrumaal ja Põhja-Lätis (Valka, Valmiera, Smiltene). 2025. aastal ostsid nad meilt plaate, ' +
        'liime ja vuugisegusid 1,7 mln € eest. Firmade omanikud otsustavad ise, kust nad materjali võtavad.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Kliendihaldur',
        'Plaadimaailm Lõuna OÜ',
        '2016',
        null,
        true,
        'alates 2016. aastast',
        [
          'Ehitusfirmade pakkumised ja hinnakokkulepped',
          'Läti klientidega suhtlen läti keeles',
          'Uute toodete tutvustused ja paigaldajate koolitused',
        ],
        'Valga',
      ),
      job(
        'Müüja',
        'Plaadimaailm Lõuna OÜ',
        '2012',
        '2016',
        true,
        '2012–2016',
        ['Plaatide ja vannitoasisustuse müük kaupluses, hinnapakkumised eraklientidele'],
        'Valga',
      ),
      job(
        'Plaatija',
        'Valga Remont OÜ',
        '2002',
        '2012',
        false,
        '2002–2012',
        ['Vannitubade ja köökide plaatimine, kolm talve ka Soome objektidel'],
        'Valga',
      ),
    ],
    education: [
      edu('kutseharidus', 'Valgamaa Kutseõppekeskus, plaatija, kutseharidus, 1999–2002', {
        field: 'plaatija',
        institution: 'Valgamaa Kutseõppekeskus',
        startYear: 1999,
        endYear: 2002,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('lv', 'B2', 'läti – hea'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('en', 'A2', 'inglise – algtase'),
    ],
    skills: ['Kliendisuhted', 'Plaatimise praktiline kogemus', 'Juhiload B, BE'],
    clientBase: { activeAccounts: 65, annualRevenueEur: 1_700_000, segment: 'international', decisionMakers: true },
    competencies: ['relationship_building'],
  },
  {
    id: 'et-h34-23-word-tabel-kullassepp-ehtepoe-muuja-oma-tookoda-eraklientid-tartu',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Plii Kakskümmend Kolm',
    email: 'plii.kakskymmendkolm3423@example.org',
    phone: '+372 5880 3423',
    contactLines: ['Tartu, Supilinn'],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Kursused',
      certifications: 'Kutsetunnistus',
      languages: 'Keeled',
      skills: 'Oskused',
      workTable: ['Aeg', 'Töökoht', 'Amet'],
    },
    profile: [
      'Kullassepp, kes on ka müünud. Töötasin ehtepoes müüja-kullassepana ja avasin 2021. aastal oma töökoja, kus ' +
        'teen tellimustöid: kihla- ja abielusõrmused, ehete parandus ja ümbertegemine. Kliendid on eraisikud. Otsin ' +
        'nüüd osalise ajaga tööd ehtepoes Tartus, et töökoja kõrvalt oleks stabiilsem sissetulek.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Kullassepp', 'Kuldniit Ehtekoda OÜ', '2021-06', null, false, '06.2021 – praegu', [
        'oma töökoda: tellimustööd, parandused, e-pood ja Instagram',
        'aastas umbes 70 tellimustööd',
      ]),
      job('Müüja-kullassepp', 'Ehtesalong Safiir OÜ', '2017-09', '2021-05', true, '09.2017 – 05.2021', [
        'ehete müük ja nõustamine kaupluses',
        'sõrmuste suuruse muutmine ja parandused kohapeal',
      ]),
      job('Kullassepa õpipoiss', 'Ehtesalong Safiir OÜ', '2014-09', '2017-08', false, '09.2014 – 08.2017'),
    ],
    education: [
      edu('kutseharidus', 'Tartu Kunstikool, ehtekunst, kutseharidus, 2011–2014', {
        field: 'ehtekunst',
        institution: 'Tartu Kunstikool',
        startYear: 2011,
        endYear: 2014,
      }),
    ],
    courses: [
      named('Vääriskivide tundmine', 'Vääriskivide tundmine, 2019'),
      named('Ettevõtluse alused', 'Ettevõtluse alused (Töötukassa), 2021'),
    ],
    certifications: [named('Kullassepp, tase 4', 'Kullassepp, tase 4 (2017)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('it', 'A2', 'itaalia – algtase (keelekursus Firenzes 2016)'),
      lang('ru', 'A2', 'vene – algtase'),
    ],
    skills: ['Loovus', 'Täpsus', 'Kliendikesksus', 'Rhino 3D, e-pood, Instagram'],
    closing: [
      { kind: 'heading', text: 'Hobid' },
      { kind: 'paragraph', text: 'Vanade ehete taastamine, mägimatkad, keraamika.' },
    ],
    clientBase: null,
    competencies: ['customer_focus', 'innovation'],
  },
  {
    id: 'et-h34-24-tekst-gumnaasiumi-lopetaja-ratsaspordipoe-muuja-uks-aasta-poltsamaa',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Plii Kakskümmend Neli',
    email: 'plii.kakskymmendneli3424@example.net',
    phone: null,
    contactLines: ['Põltsamaa, Jõgevamaa', '19-aastane'],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Kursused',
      languages: 'Keeled',
      skills: 'Oskused ja isikuomadused',
    },
    profile: [
      'Lõpetasin 2025. aastal gümnaasiumi ja töötan praegu ratsaspordipoes müüjana. Hobustega olen tegelenud ' +
        'lapsest saati, seepärast oskan kliente päriselt nõustada – sadulate sobitamine, söödad, hooldusvahendid. ' +
        'Otsin müügitööd, kus saaksin areneda ja kunagi ka oma kliente hallata.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Müüja',
        'Ratsumaailm OÜ',
        '2025-10',
        null,
        true,
        'oktoober 2025 – praegu',
        [
          'ratsavarustuse, sööda ja hooldusvahendite müük kaupluses ja telefoni teel',
          'e-poe tellimuste komplekteerimine',
          'väljapanekud ja inventuur',
        ],
        'Põltsamaa',
      ),
      job(
        'Tallitööline',
        'Sõpruse Tall MTÜ',
        '2025-06',
        '2025-08',
        false,
        '06.–08.2025 (suvetöö)',
        ['hobuste söötmine ja hooldus, tallide koristus, abi suvises ratsalaagris'],
        'Põltsamaa vald',
      ),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Vabatahtlik tegevus' },
      { kind: 'paragraph', text: 'Põltsamaa ratsaklubi võistluste korraldamisel abiks 2021–2025.' },
    ],
    education: [
      edu('keskharidus', 'Põltsamaa Ühisgümnaasium, keskharidus, 2025', {
        institution: 'Põltsamaa Ühisgümnaasium',
        endYear: 2025,
      }),
    ],
    courses: [named('Hobuse söötmise alused', 'Hobuse söötmise alused, 2024')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – B2 (riigieksam 2025)'),
      lang('de', 'A2', 'saksa – A2'),
      lang('ru', 'A1', 'vene – A1'),
    ],
    skills: ['Suhtlemisoskus', 'Kohusetundlik', 'Ratsutamine – võistlen takistussõidus'],
    clientBase: null,
    competencies: ['communication'],
  },
  {
    id: 'et-h34-25-word-kaks-veergu-dispetserist-valmisbetooni-muugijuht-virumaa-rakvere',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Plii Kakskümmend Viis',
    email: 'plii.kakskymmendviis3425@example.com',
    phone: '+372 5455 3425',
    contactLines: ['Rakvere'],
    headings: {
      contact: 'Kontakt',
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Isikuomadused',
    },
    profile: [
      'Betooniga olen tegelenud 2007. aastast. Alustasin tehase dispetšerina, kuus aastat olin müügiesindaja ja ' +
        'alates 2019. aastast olen müügijuht. Minu kliendid on 90 ehitusfirmat Lääne- ja Ida-Virumaal; 2025. aastal ' +
        'müüsime neile valmisbetooni ja betoonipumba teenust 6,4 mln € eest. Suhtlen objektijuhtide ja ' +
        'ostujuhtidega, tellimused tulevad tihti eelmisel õhtul.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Müügijuht', 'Viru Betoon AS', '2019-01', null, true, '01.2019 – praegu', [
          'objektide hinnapakkumised ja aastalepingud',
          'kahe müügiesindaja töö korraldamine',
          'koostöö dispetšerite ja laboriga',
          'tehas toodab aastas umbes 110 000 m³ betooni',
        ]),
        lines: ['Müügijuht', '01.2019 – praegu, Viru Betoon AS, Rakvere'],
      },
      {
        ...job('Müügiesindaja', 'Viru Betoon AS', '2013-02', '2018-12', true, '02.2013 – 12.2018', [
          'ehitusfirmade külastused, pakkumised ja tellimused',
        ]),
        lines: ['Müügiesindaja', '02.2013 – 12.2018, Viru Betoon AS, Rakvere'],
      },
      {
        ...job('Dispetšer', 'Viru Betoon AS', '2007-05', '2013-01', false, '05.2007 – 01.2013', [
          'betooniautode ja pumpade graafik, tellimuste vastuvõtt',
        ]),
        lines: ['Dispetšer', '05.2007 – 01.2013, Viru Betoon AS, Rakvere'],
      },
    ],
    education: [
      edu('rakenduskõrgharidus', 'Tallinna Tehnikakõrgkool, hoonete ehitus, rakenduskõrgharidus, 2003–2007', {
        field: 'hoonete ehitus',
        institution: 'Tallinna Tehnikakõrgkool',
        startYear: 2003,
        endYear: 2007,
      }),
    ],
    courses: [
      named('Betooni tehnoloogia', 'Betooni tehnoloogia, 2014'),
      named('Müügijuhtimine', 'Müügijuhtimine, 2019'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'C1', 'vene – vabalt'),
      lang('en', 'B1', 'inglise – kesktase'),
      lang('fi', 'A2', 'soome – algtase'),
    ],
    skills: ['Stressitaluvus', 'Organiseerimisoskus', 'Meeskonnatöö', 'Excel, Directo'],
    clientBase: { activeAccounts: 90, annualRevenueEur: 6_400_000, segment: 'regional_smb' },
    competencies: ['organisation', 'stress_resistance', 'teamwork'],
  },
  {
    id: 'et-h34-26-pdf-pikk-elektrikust-elektrimuugi-votmekliendijuht-1986-tallinn',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Plii Kakskümmend Kuus',
    nameLine: 'Kandidaat Plii Kakskümmend Kuus, dipl. insener',
    email: 'plii.kakskymmendkuus3426@example.net',
    phone: '+372 5030 3426',
    contactLines: ['Tallinn, Kristiine', 'Sündinud 1963'],
    headings: {
      profile: 'Kokkuvõte',
      work: 'Teenistuskäik',
      education: 'Haridus',
      courses: 'Täienduskoolitused',
      languages: 'Keeleoskus',
      skills: 'Oskused',
    },
    profile: [
      'Energeetikas olen töötanud 1986. aastast: elektriku ja elektriinsenerina Narva elektrijaamades ning 2005. ' +
        'aastast elektrimüügis. Praegu olen võtmekliendijuht: minu hallata on 45 suurt tööstusklienti üle Eesti – ' +
        'metsa- ja toiduainetööstused, metallitööstused ja logistikakeskused. 2025. aastal ostsid nad meilt ' +
        'elektrit ja võrguteenuseid 38 mln € eest.',
      'Lepingud kooskõlastan finantsjuhtide ja juhatuse liikmetega, kes otsustavad, kas fikseerida hind või osta ' +
        'börsihinnaga. Inseneri taust aitab: räägin klientide tehnikutega nende keeles ja oskan hinnata, kuidas ' +
        'tootmisgraafik arvet mõjutab.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job('Võtmekliendijuht', 'Balti Energiamüük AS', '2014-04', null, true, 'aprill 2014 – praegu', [
        'suurtarbijate elektrilepingud, fikseeritud ja börsihinnaga tooted',
        'hinnariskide selgitamine ja tarbimisprognoosid koos analüütikutega',
        'läbirääkimised pikaajaliste lepingute üle',
        'ettevõte müüb aastas umbes 3 TWh elektrit',
      ]),
      job('Kliendihaldur', 'Balti Energiamüük AS', '2005-09', '2014-03', true, 'september 2005 – märts 2014', [
        'äriklientide liitumis- ja elektrilepingud, 2010. aastast avatud turul, lõpuks umbes 300 kesksuurt ettevõtet',
        'turu täieliku avanemise ettevalmistus 2012–2013',
      ]),
      job(
        'Elektriinsener',
        'Ida-Viru Energiatootmine AS',
        '1995-01',
        '2005-08',
        false,
        'jaanuar 1995 – august 2005',
        ['alajaamade ja generaatorite hoolduse planeerimine', 'remonditööde tehniline järelevalve'],
        'Narva',
      ),
      job(
        'Elektrik',
        'Narva Energiaremont',
        '1986-08',
        '1994-12',
        false,
        'august 1986 – detsember 1994',
        ['jõujaamade elektriseadmete remont, alates 1990 brigadir'],
        'Narva',
      ),
    ],
    education: [
      edu('kõrgharidus', 'Tallinna Polütehniline Instituut, elektrijaamad, kõrgharidus (dipl. insener), 1981–1986', {
        field: 'elektrijaamad',
        institution: 'Tallinna Polütehniline Instituut',
        startYear: 1981,
        endYear: 1986,
      }),
      edu('keskharidus', 'Narva 6. Keskkool, keskharidus, 1981', {
        institution: 'Narva 6. Keskkool',
        endYear: 1981,
      }),
    ],
    courses: [
      named('Elektribörs ja hinnariskide maandamine', 'Elektribörs ja hinnariskide maandamine, 2015'),
      named('Võtmekliendihaldus', 'Võtmekliendihaldus, 2014'),
      named('Eesti keel C1', 'Eesti keel C1, 2009'),
    ],
    certifications: [],
    languages: [
      lang('ru', 'native', 'vene – emakeel'),
      lang('et', 'C1', 'eesti – kõrgtase (C1)'),
      lang('en', 'B2', 'inglise – hea'),
      lang('de', 'A2', 'saksa – algtase'),
    ],
    skills: ['Läbirääkimisoskus', 'Analüüsivõime', 'Finantsteadmised', 'Excel, Power BI'],
    closing: [
      { kind: 'heading', text: 'Lisainfo' },
      {
        kind: 'paragraph',
        text:
          'Diplomeeritud elektriinseneri kutse (tase 7) oli mul 2004–2019; pärast müüki siirdumist ma seda ' +
          'enam ei taastõendanud.',
      },
      { kind: 'paragraph', text: 'Huvid: male, kalapüük Peipsil, suvekodu ehitamine. Soovitajad soovi korral.' },
    ],
    clientBase: { activeAccounts: 45, annualRevenueEur: 38_000_000, segment: 'national', decisionMakers: true },
    competencies: ['analytical', 'financial_analysis', 'negotiation', 'organisation'],
  },
];

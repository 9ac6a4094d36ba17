import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The twenty-eighth held-out set's Estonian CVs: ordinary CVs as applicants in Estonia send them in 2026, with no
 * deliberate tricks, from yet other people and trades – a taxi firm's business-account manager who started as a
 * driver, an agent for Scandinavian clothing brands, a driving instructor who sells corporate training, a seller of
 * industrial scales, a golf club's corporate sales manager, a music teacher who sells instruments to schools, a
 * racking-systems project seller, a garden-machinery dealer manager, a sign maker's account manager, a site-cabin
 * and toilet rental seller, a bearings rep in Ida-Virumaa, a young motorcycle seller, a festival's sponsorship
 * manager, a plant nursery's sales manager, a publisher's rep with a long career, a self-storage account manager,
 * a blinds and awnings seller, a sewing subcontractor's sales manager in Narva, a car-classifieds account manager,
 * an inside seller of locks, a social worker who sells care aids, a crane-hire sales manager, a surveying firm's
 * business developer, a flooring seller in Valga, an auto-glass account manager and a quarry's sales manager.
 */
export const HELD_OUT_28_ET: CvSource[] = [
  {
    id: 'et-h28-01-pdf-takso-ariklientide-haldur-juhist-dispetserist-tallinn',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Hõbe Üks',
    email: 'hobe2801.takso@example.com',
    phone: '+372 5561 8043',
    contactLines: ['Tallinn, Lasnamäe'],
    tagline: 'Ärikliendihaldur – transport ja taksoteenused',
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeleoskus',
      skills: 'Oskused',
    },
    profile: [
      'Olen töötanud taksofirmas 14 aastat: alustasin roolis, olin kolm aastat dispetšer ja alates 2020. aastast ' +
        'haldan ärikliente. Minu portfellis on 320 ettevõtet Tallinnas ja Harjumaal, kes sõidavad meie taksodega ' +
        'kuuarve alusel – advokaadibürood, hotellid, haiglad ja IT-firmad. 2025. aastal oli minu klientide sõitude ' +
        'arve kokku 1,3 mln €. Igapäevaselt suhtlen büroojuhtide ja assistentidega, kes sõite tellivad ja arveid ' +
        'kinnitavad. Taksonduses peab kliendi mure lahendama samal päeval, mitte järgmisel nädalal.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Ärikliendihaldur',
        'Linnatakso AS',
        '2020',
        null,
        true,
        '2020 – tänapäevani',
        [
          'uute ärikliendilepingute sõlmimine ja hinnapakkumised',
          'ärikliendi tellimiskeskkonna ja koondarvete juurutamine klientide juures',
          'hotellide ja haiglatega lepingud ööpäevaringseks transpordiks',
          'kvartaalsed kohtumised suuremate klientidega',
          'Linnatakso autopargis on 450 autot ja aastas tehakse ligi 2,1 miljonit sõitu',
        ],
        'Tallinn',
      ),
      job(
        'Dispetšer',
        'Linnatakso AS',
        '2017',
        '2019',
        false,
        '2017 – 2019',
        ['tellimuste vastuvõtt ja autode suunamine, öised vahetused', 'kaebuste ja kaotatud asjade lahendamine'],
        'Tallinn',
      ),
      job('Taksojuht', 'Linnatakso AS', '2012', '2016', false, '2012 – 2016', undefined, 'Tallinn'),
    ],
    education: [
      edu('keskharidus', 'Tallinna Mustakivi Gümnaasium, keskharidus, 2008', {
        institution: 'Tallinna Mustakivi Gümnaasium',
        endYear: 2008,
      }),
    ],
    courses: [
      named('Ärikliendi müük ja läbirääkimised', 'Ärikliendi müük ja läbirääkimised, 2021'),
      named('Pipedrive CRM põhikursus', 'Pipedrive CRM põhikursus, 2022'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('ru', 'C1', 'vene keel – väga hea'),
      lang('en', 'B2', 'inglise keel – hea'),
      lang('fi', 'A2', 'soome keel – algtase'),
    ],
    skills: ['Kliendikesksus', 'Suhtlemisoskus eesti, vene ja inglise keeles', 'Pingetaluvus', 'Excel, Pipedrive'],
    closing: [
      { kind: 'heading', text: 'Lisainfo' },
      {
        kind: 'paragraph',
        text: 'Õppisin 2008–2010 Tallinna Tehnikakõrgkoolis logistikat; õpingud jäid töö kõrvalt pooleli. Juhiload B.',
      },
    ],
    clientBase: { activeAccounts: 320, annualRevenueEur: 1_300_000, segment: 'regional_smb' },
    competencies: ['communication', 'customer_focus', 'stress_resistance'],
  },
  {
    id: 'et-h28-02-word-kaks-veergu-roivabrandide-muugiagent-butiigid-baltikum',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Hõbe Kaks',
    email: 'k.hobe2802@example.org',
    phone: '+372 5327 1190',
    contactLines: ['Tallinn, Kalamaja'],
    tagline: 'Müügiagent – rõivakaubamärgid Baltikumis',
    headings: {
      contact: 'Kontakt',
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Esindan kolme Skandinaavia rõivakaubamärki Eestis, Lätis ja Leedus. Müün kollektsioone butiikidele ja ' +
        'väiksematele kaubamajadele kaks korda aastas: näitan kollektsiooni showroomis või kliendi juures, võtan ' +
        'eeltellimused ja jälgin, kuidas kaup poes liigub. Klientideks on 46 butiiki kolmes riigis; enamasti on minu ' +
        'vastas omanik, kes ise valib ja otsustab, mida tellida. 2025. aasta kahe hooaja eeltellimused olid kokku ' +
        '1,15 mln € hulgihindades.',
      'Enne agendiks tulekut juhtisin viis aastat butiiki ja tellisin ise agentidelt – tean, mida poepidaja ' +
        'kuulda tahab.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Müügiagent (Baltikum)',
        'Põhjala Moeagentuur OÜ',
        '2019-09',
        null,
        true,
        '09.2019 – praegu',
        [
          'kevad-suvi ja sügis-talv kollektsioonide esitlused Tallinnas, Riias ja Vilniuses',
          'eeltellimused, järeltellimused ja tarnegraafikud',
          'messid Kopenhaagenis ja Riias, uute butiikide leidmine',
          'iga hooaja kollektsioonis on umbes 700 artiklit',
        ],
        'Tallinn',
      ),
      job(
        'Kaupluse juhataja',
        'Mood ja Mõõt OÜ',
        '2014-03',
        '2019-08',
        false,
        '03.2014 – 08.2019',
        [
          'butiigi igapäevane juhtimine, viis müüjat',
          'sisseostud messidelt ja agentidelt, hooajaeelarve',
          'kaupluse käive 2018. aastal 620 000 €',
        ],
        'Tallinn',
      ),
      job(
        'Müüja-konsultant',
        'Mood ja Mõõt OÜ',
        '2011-06',
        '2014-02',
        true,
        '06.2011 – 02.2014',
        ['rõivaste müük ja stiilinõu, püsiklientide kaardid'],
        'Tallinn',
      ),
    ],
    education: [
      edu('ba', 'Eesti Kunstiakadeemia, moedisain, BA, 2007–2011', {
        field: 'moedisain',
        institution: 'Eesti Kunstiakadeemia',
        startYear: 2007,
        endYear: 2011,
      }),
    ],
    courses: [named('Visuaalne väljapanek kaupluses', 'Visuaalne väljapanek kaupluses, 2016')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('ru', 'B2', 'vene – B2'),
      lang('lv', 'B1', 'läti – B1'),
      lang('sv', 'A2', 'rootsi – A2'),
    ],
    skills: [
      'Kollektsioonide esitlemine',
      'Läbirääkimisoskus',
      'Loovus ja trenditaju',
      'Kliendisuhted',
      'Shopify B2B, Excel',
    ],
    clientBase: { activeAccounts: 46, annualRevenueEur: 1_150_000, segment: 'international', decisionMakers: true },
    competencies: ['innovation', 'negotiation', 'relationship_building'],
  },
  {
    id: 'et-h28-03-tekst-punktid-soiduopetajast-autokooli-arikoolituste-muuk-tartu',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Hõbe Kolm',
    email: 'hobe.kolm.2803@example.net',
    phone: '5058 3317',
    contactLines: ['Tartu', 'Sündinud 1972'],
    headings: {
      profile: 'Lühidalt',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Täiendkoolitus',
      certifications: 'Kutsetunnistused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen üle 30 aasta töötanud autokoolides: üle 20 aasta sõiduõpetajana ja alates 2016. aastast müün ettevõtetele ' +
        'koolitusi – C- ja D-kategooria juhtide ametikoolitus (95-kood), tõstukijuhtide koolitus, libedasõit ja ' +
        'ökonoomne sõit. Minu kliendid on umbes 110 transpordi-, ehitus- ja kaubandusettevõtet Tartu-, Jõgeva-, ' +
        'Põlva- ja Valgamaal. 2025. aastal tõid nad koolile 380 000 € käivet. Lepingu teen enamasti omaniku või ' +
        'transpordijuhiga, kes otsustab, kes ja millal koolitusele läheb.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Ärikoolituste müügijuht',
        'Teeline Autokool OÜ',
        '2016-04',
        null,
        true,
        '04.2016 – praegu',
        [
          'Ettevõtete koolitusvajaduse kaardistamine ja aastaplaanid',
          'Hinnapakkumised ja lepingud, kursuste planeerimine koos õpetajatega',
          'Koolis õpib aastas ligi 2 600 õpilast',
        ],
        'Tartu',
      ),
      job(
        'Sõiduõpetaja',
        'Teeline Autokool OÜ',
        '2004',
        '2016-03',
        false,
        '2004 – 03.2016',
        ['B-, C- ja CE-kategooria sõiduõpe', 'Noorte õpetajate juhendamine'],
        'Tartu',
      ),
      job('Sõiduõpetaja', 'Tartu Autokool AS', '1994', '2003', false, '1994 – 2003', undefined, 'Tartu'),
      job('Autoremondilukksepp', 'Tartu Autobaas', '1991', '1994', false, '1991 – 1994', undefined, 'Tartu'),
    ],
    education: [
      edu('kutsekeskharidus', 'Tartu Kutsekeskkool, autode hooldus ja remont, kutsekeskharidus, 1988–1991', {
        field: 'autode hooldus ja remont',
        institution: 'Tartu Kutsekeskkool',
        startYear: 1988,
        endYear: 1991,
      }),
    ],
    courses: [
      named('Täiskasvanute koolitaja baaskursus', 'Täiskasvanute koolitaja baaskursus, 2010'),
      named('B2B müügitehnikad', 'B2B müügitehnikad, 2017'),
    ],
    certifications: [
      named('Sõiduõpetaja kutsetunnistus, tase 5', 'Sõiduõpetaja kutsetunnistus, tase 5 (kehtib 2028. aastani)'),
    ],
    languages: [lang('et', 'native', ''), lang('ru', 'B1', ''), lang('en', 'A2', '')],
    languagesText: ['Eesti keel emakeelena, vene keel suhtlustasemel, inglise keel algtasemel.'],
    skills: ['Planeerimine', 'Rahulik ja selge suhtlemine', 'Juhiload A, B, C, CE ja D'],
    clientBase: { activeAccounts: 110, annualRevenueEur: 380_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'organisation'],
  },
  {
    id: 'et-h28-04-pdf-tabel-toostuskaalud-muugiinsener-kalibreerijast-parnu',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Hõbe Neli',
    email: 'hobe2804@example.com',
    phone: '+372 5190 6624',
    contactLines: ['Pärnu'],
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Kutsetunnistus',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Müün tööstuslikke kaale ja kaalusüsteeme: autokaalud sadamatele ja karjääridele, platvormkaalud tehastesse ' +
        'ja punkrikaalud viljakuivatitele. Tehnilist poolt tunnen hästi, sest enne müüki kalibreerisin kuus aastat ' +
        'kaale ise. Minu kliendid on 65 ettevõtet üle Eesti – sadamad, viljakuivatid, jäätmejaamad ja ' +
        'tootmisettevõtted; 2025. aastal müüsin neile seadmeid ja hoolduslepinguid 1,8 mln € eest. Ostuotsuse ' +
        'teeb tavaliselt tootmisjuht või omanik.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Müügiinsener', 'Kaalumeister AS', '2018-01', null, true, 'jaanuar 2018 – praegu', [
        'kliendi vajaduse kaardistamine objektil, lahenduse ja pakkumise koostamine',
        'hangete tehniline osa ja hoolduslepingute pikendamine',
        'paigalduse üleandmine koos hooldustehnikutega',
        'ettevõte taatleb ja hooldab aastas ligi 1 200 kaalu',
      ]),
      job('Kalibreerimistehnik', 'Kaalumeister AS', '2012-03', '2017-12', false, 'märts 2012 – detsember 2017', [
        'kaalude taatlus ja kalibreerimine klientide juures',
        'remont ja paigaldus',
      ]),
      job('Elektrik', 'Rannasadama Teenused OÜ', '2009-06', '2012-02', false, 'juuni 2009 – veebruar 2012'),
    ],
    education: [
      edu('rakenduskõrgharidus', 'Tallinna Tehnikakõrgkool, mehhatroonika, rakenduskõrgharidus, 2005–2009', {
        field: 'mehhatroonika',
        institution: 'Tallinna Tehnikakõrgkool',
        startYear: 2005,
        endYear: 2009,
      }),
    ],
    courses: [
      named('Kaalutehnika tootekoolitus', 'Kaalutehnika tootekoolitus (Saksamaa), 2019'),
      named('Hangetes osalemine pakkujana', 'Hangetes osalemine pakkujana, 2021'),
    ],
    certifications: [named('Metroloog, tase 5', 'Metroloog, tase 5 (2016)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – B2'),
      lang('ru', 'B1', 'vene – B1'),
      lang('fi', 'A2', 'soome – A2'),
    ],
    skills: ['Tehniline müük', 'Analüütiline mõtlemine', 'AutoCAD, Excel, Directo', 'Juhiload B'],
    clientBase: { activeAccounts: 65, annualRevenueEur: 1_800_000, segment: 'national', decisionMakers: true },
    competencies: ['analytical', 'sales'],
  },
  {
    id: 'et-h28-05-word-sildid-golfiklubi-ariklientide-muugijuht-harjumaa',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Hõbe Viis',
    email: 'hobe.viis2805@example.net',
    phone: '+372 5644 2087',
    contactLines: ['Saue vald, Harjumaa'],
    tagline: 'Ärikliendi müügijuht | golf ja üritused',
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Kutsetunnistus',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Mängin golfi 15. eluaastast ja olen selle ümber üles ehitanud ka oma töö. Alustasin pro shopis müüjana ja ' +
        'treenerina, nüüd vastutan Rebaseniidu Golfi ettevõtete müügi eest: firmaliikmesused, ettevõtete turniirid, ' +
        'golfipäevad ja kinkekaardid. 2025. aasta hooajal oli meil 85 ärikliendist ettevõtet Tallinnast ja ' +
        'Harjumaalt ning ettevõtete arvetelt tuli 690 000 €. Suur osa klientidest on väikeste ja keskmiste firmade ' +
        'omanikud ja juhatuse liikmed, kes mängivad ise ja otsustavad ka ise.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Ajavahemik', title: 'Ametikoht', employer: 'Ettevõte', duties: 'Ülesanded' },
    jobs: [
      job(
        'Ärikliendi müügijuht',
        'Rebaseniidu Golf OÜ',
        '2019-11',
        null,
        true,
        'november 2019 – praegu',
        [
          'firmaliikmesuste, turniiride ja golfipäevade müük',
          'ettevõtete turniiride planeerimine koos restorani ja väljakumeeskonnaga',
          'sponsorlepingud klubi võistlustele',
          'klubil on 1 100 liiget ja hooajal üle 28 000 mängukorra',
        ],
        'Saue vald',
      ),
      job(
        'Golfitreener',
        'Rebaseniidu Golf OÜ',
        '2015-04',
        '2019-10',
        false,
        'aprill 2015 – oktoober 2019',
        ['algkursused, eratunnid ja grupitreeningud', 'talviti tunnid simulaatorikeskuses'],
        'Saue vald',
      ),
      job(
        "Pro shop'i müüja",
        'Rebaseniidu Golf OÜ',
        '2012-05',
        '2014-10',
        true,
        'mai 2012 – oktoober 2014 (hooajad)',
        ['golfivarustuse ja rõivaste müük, kepikohandused'],
        'Saue vald',
      ),
    ],
    education: [
      edu('bakalaureus', 'Tallinna Ülikool, rekreatsioonikorraldus, bakalaureus, 2009–2012', {
        field: 'rekreatsioonikorraldus',
        institution: 'Tallinna Ülikool',
        startYear: 2009,
        endYear: 2012,
      }),
    ],
    courses: [named('Ürituste turundus ja müük', 'Ürituste turundus ja müük, 2021')],
    certifications: [named('Treener, tase 5', 'Treener, tase 5 (golf), 2016')],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('en', 'C1', 'inglise keel – vabalt'),
      lang('fi', 'B1', 'soome keel – suhtlustasemel'),
      lang('ru', 'A2', 'vene keel – algtase'),
    ],
    skills: [
      'Organiseerimisoskus',
      'Suhtevõrgustik Harjumaa ettevõtjate seas',
      'Ettevõtlik',
      'Excel, GolfBox',
      'Händikäp 4,2',
    ],
    closing: [{ kind: 'paragraph', text: 'Hobid: golf, purjetamine ja kokkamine.' }],
    clientBase: { activeAccounts: 85, annualRevenueEur: 690_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['entrepreneurship', 'organisation', 'relationship_building'],
  },
  {
    id: 'et-h28-06-tekst-kaks-veergu-muusikaopetajast-pillipoe-koolide-kliendihaldur',
    format: 'txt',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Hõbe Kuus',
    email: 'kuus.2806.muusika@example.org',
    phone: '+372 5873 5512',
    contactLines: ['Tartu, Karlova'],
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
      'Olen muusikaõpetaja, kes läks üle müüki. Kaheksa aastat õpetasin koolis ja tean, mida muusikaklass vajab ja ' +
        'kuidas kooli eelarve käib. Praegu haldan Helikoja haridusasutuste kliente: 140 üldhariduskooli, ' +
        'muusikakooli ja lasteaeda üle Eesti. Pakun pille, helitehnikat ja klassimööblit, teen hinnapakkumisi ja ' +
        'osalen väiksemates hangetes. 2025. aastal ostsid minu kliendid meilt 520 000 € eest. Enamasti suhtlen ' +
        'muusikaõpetajate ja koolide majandusjuhatajatega.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Haridusasutuste kliendihaldur',
        'Helikoda AS',
        '2021-08',
        null,
        true,
        'august 2021 – praegu',
        [
          'koolide ja muusikakoolide päringud, pakkumised ja lepingud',
          'pillide tutvustused koolides ja muusikaõpetajate päevadel',
          'väikehangetes osalemine',
          'koostöö lao ja hooldusosakonnaga, et pillid jõuaksid kooliaasta alguseks',
        ],
        'Tartu',
      ),
      job(
        'Müüja-konsultant',
        'Helikoda AS',
        '2019-06',
        '2021-07',
        true,
        'juuni 2019 – juuli 2021',
        ['kitarride, klaverite ja helitehnika müük kaupluses ja e-poes'],
        'Tartu',
      ),
      job(
        'Muusikaõpetaja',
        'Tartu Lõunaranna Põhikool',
        '2011-09',
        '2019-06',
        false,
        '09.2011 – 06.2019',
        ['muusikatunnid 1.–9. klassile, kooli koor ja bänd'],
        'Tartu',
      ),
    ],
    education: [
      edu('magistrikraad', 'Tartu Ülikool, muusikapedagoogika, magistrikraad, 2009–2011', {
        field: 'muusikapedagoogika',
        institution: 'Tartu Ülikool',
        startYear: 2009,
        endYear: 2011,
      }),
      edu('rakenduskõrgharidus', 'Heino Elleri Muusikakool, rütmimuusika, rakenduskõrgharidus, 2005–2009', {
        field: 'rütmimuusika',
        institution: 'Heino Elleri Muusikakool',
        startYear: 2005,
        endYear: 2009,
      }),
    ],
    courses: [named('Riigihangete alused väikehankijatele', 'Riigihangete alused väikehankijatele, 2022')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – B2'),
      lang('de', 'B1', 'saksa – B1'),
      lang('ru', 'A2', 'vene – A2'),
    ],
    skills: ['Suhtlemisoskus', 'Kliendikeskne', 'Loov', 'Klaver, kitarr, helitehnika'],
    clientBase: { activeAccounts: 140, annualRevenueEur: 520_000, segment: 'national' },
    competencies: ['communication', 'customer_focus', 'innovation', 'teamwork'],
  },
  {
    id: 'et-h28-07-pdf-punktid-laoriiulid-projektimuuk-tostukijuhist-ei-portfelli',
    format: 'pdf',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Hõbe Seitse',
    email: 'seitse.hobe2807@example.com',
    phone: '+372 5912 0475',
    contactLines: ['Kiili vald, Harjumaa'],
    tagline: 'Laosüsteemide projektimüük',
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Müün laoriiuleid ja laosüsteeme: kaubaaluste riiulid, konsoolriiulid, vahelaed ja laouksed. Kuus aastat ' +
        'töötasin ise laos – tõstukijuhi ja vahetuse vanemana – ning tean, kuidas ladu päriselt töötab ja mis ' +
        'juhtub, kui riiul on valesti planeeritud. Minu töö on projektipõhine: klient tuleb uue lao või laienduse ' +
        'pärast, teen mõõdistuse, joonise ja pakkumise ning viin lepingu paigalduseni. Püsiklientide portfelli meil ' +
        'sisuliselt ei ole, sest ladu ehitatakse kord kümne aasta jooksul. 2025. aastal müüsin 23 projekti ' +
        'kogusummas 2,4 mln € Eestis ja Soomes; suurim oli 26 000 kaubaaluse kohaga jaotuskeskus.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Projektimüügi juht',
        'Riiulimaailm OÜ',
        '2020-02',
        null,
        true,
        '02.2020 – praegu',
        [
          'Päringud, mõõdistused ja lahenduse joonised',
          'Pakkumised, läbirääkimised ja lepingud arendajate ja logistikafirmadega',
          'Paigalduse ajakava koos paigaldusmeeskonnaga',
          'Riiulite ülevaatused ja remondipakkumised olemasolevates ladudes',
        ],
        'Tallinn',
      ),
      job(
        'Laovahetuse vanem',
        'Baltic Warehousing AS',
        '2016-05',
        '2020-01',
        false,
        '05.2016 – 01.2020',
        ['Vahetuses 14 inimest, tööde jaotus ja uute töötajate juhendamine', 'Laopinna planeerimine ja inventuurid'],
        'Maardu',
      ),
      job(
        'Tõstukijuht',
        'Baltic Warehousing AS',
        '2014-03',
        '2016-04',
        false,
        '03.2014 – 04.2016',
        undefined,
        'Maardu',
      ),
    ],
    education: [
      edu('kutseharidus', 'Tallinna Tööstushariduskeskus, logistik, kutseharidus, 2012–2014', {
        field: 'logistik',
        institution: 'Tallinna Tööstushariduskeskus',
        startYear: 2012,
        endYear: 2014,
      }),
      edu('keskharidus', 'Kiili Gümnaasium, keskharidus, 2012', { institution: 'Kiili Gümnaasium', endYear: 2012 }),
    ],
    courses: [
      named('AutoCAD algkursus', 'AutoCAD algkursus, 2020'),
      named('Laoriiulite ülevaatus standardi EN 15635 järgi', 'Laoriiulite ülevaatus standardi EN 15635 järgi, 2021'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B2', 'vene – hea'),
      lang('en', 'B2', 'inglise – hea'),
      lang('fi', 'A2', 'soome – algtase'),
    ],
    skills: ['Läbirääkimised', 'Planeerimine', 'Juhendamine', 'AutoCAD, Excel'],
    clientBase: null,
    competencies: ['coaching', 'negotiation', 'organisation'],
  },
  {
    id: 'et-h28-08-word-veerud-aiatehnika-edasimuujate-kliendihaldur-mehaanikust-voru',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Kandidaat Hõbe Kaheksa',
    email: 'hobe2808.aiatehnika@example.net',
    phone: '+372 5346 8801',
    contactLines: ['Võru', 'Sündinud 1983'],
    tagline: 'Edasimüüjate kliendihaldur – aia- ja pargitehnika',
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
      'Aiatehnika on mu eriala juba üle 20 aasta – alustasin mootorsaagide ja muruniidukite remondimehena, nüüd ' +
        'haldan maaletooja edasimüüjate võrku. Minu vastutada on 32 edasimüüjat: aiatehnikapoed, ehituspoed ja ' +
        'remonditöökojad Lõuna- ja Kesk-Eestis ning Põhja-Lätis. 2025. aastal ostsid nad meilt kaupa 3,1 mln € ' +
        'eest. Hooaja tellimused, kampaaniad ja näidistehnika lepin kokku poodide omanikega, kes valiku ise ' +
        'teevad. Tehnikat tunnen nii hästi, et koolitan poodide müüjad ise välja.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Edasimüüjate kliendihaldur',
        'Rohemasin AS',
        '2017-02',
        null,
        true,
        '02.2017 – praegu',
        [
          'hooaja eeltellimused ja aastalepingud edasimüüjatega',
          'müüjate ja hooldustöökodade tootekoolitused',
          'garantiiküsimused koos teeninduskeskusega',
          'edasimüüjate kaudu müüakse aastas ligi 9 000 muruniidukit ja trimmerit',
        ],
        'Võru',
      ),
      job(
        'Teenindusjuht',
        'Rohemasin AS',
        '2012-04',
        '2017-01',
        false,
        '04.2012 – 01.2017',
        ['teeninduskeskuse töö korraldamine, neli mehaanikut', 'garantiiremondid ja varuosade tellimused'],
        'Võru',
      ),
      job('Väiketehnika mehaanik', 'Võru Masinaremont OÜ', '2004-08', '2012-03', false, '08.2004 – 03.2012'),
    ],
    education: [
      edu('kutseharidus', 'Võrumaa Kutsehariduskeskus, väikemasinate mehaanik, kutseharidus, 2001–2004', {
        field: 'väikemasinate mehaanik',
        institution: 'Võrumaa Kutsehariduskeskus',
        startYear: 2001,
        endYear: 2004,
      }),
    ],
    courses: [
      named('Robotniidukite paigaldus ja hooldus', 'Robotniidukite paigaldus ja hooldus, 2020'),
      named('Edasimüüjavõrgu juhtimine', 'Edasimüüjavõrgu juhtimine, 2019'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('lv', 'B1', 'läti – suhtlustasemel'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
    ],
    skills: ['Tehnikaalased teadmised', 'Kehtestav, kuid sõbralik', 'Tootekoolituste läbiviimine', 'Directo, Excel'],
    clientBase: { activeAccounts: 32, annualRevenueEur: 3_100_000, segment: 'international', decisionMakers: true },
    competencies: ['tact_assertiveness'],
  },
  {
    id: 'et-h28-09-tekst-tabel-reklaamitootmine-disainerist-kliendihalduriks-haapsalu',
    format: 'txt',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Hõbe Üheksa',
    email: 'yheksa.hobe.2809@example.org',
    phone: '5521 6630',
    contactLines: ['Haapsalu'],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      workTable: ['Ettevõte', 'Amet', 'Aeg'],
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen graafiline disainer, kellest sai aastate jooksul reklaamitootmise kliendihaldur. Teeme silte, ' +
        'fassaadireklaami, sõidukikleebiseid ja messiseinu. Hoian kontakti umbes 200 püsikliendiga Läänemaal, ' +
        'Hiiumaal ja Pärnumaal – poed, hotellid, autoteenindused ja vallad – ning 2025. aastal arveldasime nendega ' +
        '340 000 € ulatuses. Suurem osa tööst tuleb püsiklientidelt, kes helistavad, kui on vaja uut silti või ' +
        'kampaaniat; teen pakkumise ja kujunduse ning lepin paigalduse kokku.',
    ],
    jobStyle: 'table',
    workTableOrder: ['employer', 'title', 'period'],
    jobs: [
      job('Kliendihaldur', 'Läänereklaam OÜ', '2018-08', null, true, 'august 2018 – praegu', [
        'pakkumised, kujundus ja tootmise tellimused',
        'uute klientide leidmine Hiiumaal ja Pärnumaal',
        'ettevõttes töötab 11 inimest ja aastas valmib üle 1 500 tellimuse',
      ]),
      job('Graafiline disainer', 'Läänereklaam OÜ', '2013-03', '2018-07', false, 'märts 2013 – juuli 2018', [
        'siltide ja kleebiste kujundus, failide ettevalmistus tootmiseks',
      ]),
      job('Küljendaja', 'Läänlane Meedia OÜ', '2010-09', '2013-02', false, 'september 2010 – veebruar 2013'),
    ],
    education: [
      edu('kutseharidus', 'Tartu Kunstikool, graafiline disain, kutseharidus, 2007–2010', {
        field: 'graafiline disain',
        institution: 'Tartu Kunstikool',
        startYear: 2007,
        endYear: 2010,
      }),
      edu('keskharidus', 'Haapsalu Wiedemanni Gümnaasium, keskharidus, 2007', {
        institution: 'Haapsalu Wiedemanni Gümnaasium',
        endYear: 2007,
      }),
    ],
    courses: [
      named('Sõidukite kleebistamine', 'Sõidukite kleebistamine, 2016'),
      named('Adobe Illustrator edasijõudnutele', 'Adobe Illustrator edasijõudnutele, 2014'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('sv', 'A2', 'rootsi – algtase'),
      lang('ru', 'A2', 'vene – algtase'),
    ],
    skills: ['Loovus', 'Kliendisuhted', 'Organiseerimisoskus', 'Adobe Illustrator, Photoshop, FlexiSIGN'],
    clientBase: { activeAccounts: 200, annualRevenueEur: 340_000, segment: 'regional_smb' },
    competencies: ['innovation', 'organisation', 'relationship_building'],
  },
  {
    id: 'et-h28-10-pdf-kaks-veergu-olmekonteinerid-valikaimlad-rendimuuk-veokijuhist',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Hõbe Kümme',
    email: 'hobe2810@example.net',
    phone: '+372 5087 4419',
    contactLines: ['Saue'],
    tagline: 'Rendimüügi juht',
    headings: {
      contact: 'Kontakt',
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      certifications: 'Tunnistused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Vedasin kuus aastat ise konteinereid ja välikäimlaid ehitusplatsidele ja festivalidele, nüüd müün nende ' +
        'renti. Rendime olmekonteinereid, välikäimlaid, piirdeaedu ja mobiilseid laoruume. Minu kliendid on ligi ' +
        '150 ehitusettevõtet ja ürituste korraldajat üle Eesti; 2025. aastal maksid nad meile renti 1,6 mln €. ' +
        'Suhtlen peamiselt objektijuhtide ja ostuosakondadega. Tean täpselt, mis mahub autole ja mis platsile, ' +
        'ning minu lubadused peavad.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Rendimüügi juht',
        'Platsivara AS',
        '2019-04',
        null,
        true,
        '04.2019 – praegu',
        [
          'pakkumised ja rendilepingud ehitusobjektidele ja üritustele',
          'suurklientide aastalepingud ja hinnakirjad',
          'tarnete planeerimine koos transpordiosakonnaga',
          'rendipargis on ligi 2 400 ühikut',
        ],
        'Saue',
      ),
      job(
        'Veokijuht',
        'Platsivara AS',
        '2013-05',
        '2019-03',
        false,
        '05.2013 – 03.2019',
        ['konteinerite ja käimlate vedu ja paigaldus üle Eesti'],
        'Saue',
      ),
      job('Laotöötaja', 'Ehitusladu OÜ', '2010-06', '2013-04', false, '06.2010 – 04.2013', undefined, 'Tallinn'),
    ],
    education: [
      edu('kutseharidus', 'Tallinna Transpordikool, autotranspordi juht, kutseharidus, 2008–2010', {
        field: 'autotranspordi juht',
        institution: 'Tallinna Transpordikool',
        startYear: 2008,
        endYear: 2010,
      }),
      edu('põhiharidus', 'Saue Gümnaasium, põhiharidus, 2008', { institution: 'Saue Gümnaasium', endYear: 2008 }),
    ],
    courses: [],
    certifications: [named('ADR-koolitustunnistus', 'ADR-koolitustunnistus, kehtib 2027. aastani')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B2', 'vene – hea'),
      lang('en', 'B1', 'inglise – suhtlustasemel'),
    ],
    skills: ['Planeerimine', 'Pingekindel', 'Otsekohene ja kehtestav', 'Excel, Rentman'],
    clientBase: { activeAccounts: 150, annualRevenueEur: 1_600_000, segment: 'national' },
    competencies: ['organisation', 'stress_resistance', 'tact_assertiveness'],
  },
  {
    id: 'et-h28-11-word-tabel-laagrid-joulekanded-hoolduslukksepast-kohtla-jarve',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Hõbe Üksteist',
    email: 'hobe.2811.laagrid@example.com',
    phone: '+372 5398 2254',
    contactLines: ['Kohtla-Järve'],
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen tehniline müügiesindaja Ida-Virumaal. Müün laagreid, jõuülekandeid, rihmasid ja määrdeaineid ' +
        'tehastele ja remonditöökodadele. Enne müüki töötasin 12 aastat hoolduslukksepana õlitööstuses, seega ' +
        'räägin klientidega sama keelt – ka otseses mõttes, sest enamik neist räägib vene keelt. Portfellis on 70 ' +
        'ettevõtet Ida-Viru- ja Lääne-Virumaal, 2025. aasta müük oli 1,2 mln €. Tarnija valiku teevad ' +
        'peamehaanikud ja hooldusjuhid, kellega kohtun regulaarselt.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Tehniline müügiesindaja', 'Balti Laager AS', '2015-10', null, true, '10.2015 – praegu', [
        'tehaste ja töökodade külastused, rikete põhjuste selgitamine ja pakkumised',
        'laovarude kokkulepped suurematele klientidele',
        'tootjate koolitused klientide hooldusmeestele',
        'koostöö Tallinna tehnilise osakonnaga',
      ]),
      job('Hoolduslukksepp', 'Virumaa Õlitehas AS', '2003-09', '2015-09', false, '09.2003 – 09.2015', [
        'pumpade, konveierite ja reduktorite hooldus ja remont',
        'varuosade tellimused',
      ]),
      job('Lukksepp', 'Jõhvi Remonditehas OÜ', '1999-07', '2003-08', false, '07.1999 – 08.2003'),
    ],
    education: [
      edu('kutsekeskharidus', 'Kohtla-Järve Kutsekool, lukksepp, kutsekeskharidus, 1996–1999', {
        field: 'lukksepp',
        institution: 'Kohtla-Järve Kutsekool',
        startYear: 1996,
        endYear: 1999,
      }),
    ],
    courses: [
      named('Vibrodiagnostika alused', 'Vibrodiagnostika alused, 2018'),
      named('Eesti keel B2', 'Eesti keel B2, Integratsiooni Sihtasutus, 2016'),
    ],
    certifications: [],
    languages: [
      lang('ru', 'native', 'vene – emakeel'),
      lang('et', 'B2', 'eesti – B2'),
      lang('en', 'A2', 'inglise – A2'),
    ],
    skills: ['Tehnilised teadmised: laagrid ja jõuülekanded', 'Kliendisuhted', 'Pingetaluvus', '1C, Excel'],
    clientBase: { activeAccounts: 70, annualRevenueEur: 1_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['relationship_building', 'stress_resistance', 'teamwork'],
  },
  {
    id: 'et-h28-12-tekst-vilistlane-mootorrattad-atv-muugikonsultant-rapla-ei-portfelli',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Hõbe Kaksteist',
    email: 'kaksteist.2812@example.net',
    phone: '5620 9974',
    contactLines: ['Rapla'],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen 24-aastane ja mootorrattad on mu hobi lapsest saati. 2024. aastal lõpetasin Tallinna ' +
        'Tehnikakõrgkooli ja läksin mootorrataste ja ATV-de esindusse müügikonsultandiks. Müün uusi ja kasutatud ' +
        'mootorrattaid, ATV-sid ja varustust eraklientidele, korraldan proovisõite ja vormistan liisingutaotlusi. ' +
        '2025. hooajal müüsin 64 sõidukit. Tahan edasi liikuda ärikliendi müüki, näiteks tööstustehnika või ' +
        'sõidukite müüki ettevõtetele.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Müügikonsultant',
        'Motohall OÜ',
        '2024-06',
        null,
        true,
        'juuni 2024 – praegu',
        [
          'mootorrataste, ATV-de ja varustuse müük',
          'proovisõidud, liisingu- ja kindlustustaotlused',
          'hooaja avamise ürituse korraldamine 2025',
        ],
        'Rapla',
      ),
      job(
        'Varuosade laotöötaja',
        'Motohall OÜ',
        '2021',
        '2023',
        false,
        '2021–2023 (suviti)',
        ['varuosade vastuvõtt ja komplekteerimine'],
        'Rapla',
      ),
      job('Teenindaja', 'Teeäär Kütus OÜ', '2019', '2021', false, '2019–2021 (nädalavahetustel)', undefined, 'Rapla'),
    ],
    education: [
      edu('rakenduskõrgharidus', 'Tallinna Tehnikakõrgkool, autotehnika, rakenduskõrgharidus, 2020–2024', {
        field: 'autotehnika',
        institution: 'Tallinna Tehnikakõrgkool',
        startYear: 2020,
        endYear: 2024,
      }),
      edu('keskharidus', 'Rapla Vesiroosi Gümnaasium, keskharidus, 2020', {
        institution: 'Rapla Vesiroosi Gümnaasium',
        endYear: 2020,
      }),
    ],
    courses: [named('Liisingutaotluste vormistamine', 'Liisingutaotluste vormistamine, 2024')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('ru', 'A2', 'vene – A2'),
      lang('de', 'A1', 'saksa – A1'),
    ],
    skills: ['Suhtlemisoskus', 'Proaktiivne', 'Tehnikahuviline', 'Juhiload A ja B'],
    clientBase: null,
    competencies: ['communication', 'initiative'],
  },
  {
    id: 'et-h28-13-pdf-sildid-ajakirjanikust-festivali-sponsorluse-juht-viljandi',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Hõbe Kolmteist',
    email: 'kolmteist.2813@example.com',
    phone: '+372 5265 7730',
    contactLines: ['Viljandi'],
    tagline: 'Sponsorlus- ja partnerlussuhete juht',
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Kaheksa aastat ajakirjanikuna ja neli aastat festivali produtsendina andsid mulle hea ülevaate, kuidas ' +
        'Eesti ettevõtted kultuuri toetavad ja mida nad vastu ootavad. Alates 2022. aastast vastutan Mulgimaa ' +
        'Suvefestivali sponsorluse ja ettevõtete piletimüügi eest. 2025. aastal oli festivalil 34 partnerettevõtet ' +
        'üle Eesti – pangad, energiafirmad, toidutootjad ja kohalikud ettevõtjad –, kelle sponsorlepingud ja ' +
        'firmapiletid tõid kokku 410 000 €. Lepingud sõlmin turundusjuhtide ja omanikega, kes eelarve üle ' +
        'otsustavad. Festivali külastab nelja päeva jooksul ligi 25 000 inimest.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Aeg', title: 'Ametikoht', employer: 'Organisatsioon', duties: 'Vastutus' },
    jobs: [
      job(
        'Sponsorlus- ja partnerlussuhete juht',
        'MTÜ Mulgimaa Suvefestival',
        '2022-01',
        null,
        true,
        '01.2022 – praegu',
        [
          'sponsoripakettide koostamine ja müük',
          'partnerite lepingud, vastutasude täitmine ja aruandlus',
          'ettevõtete piletite ja VIP-alade müük',
          'festivali eelarve 2025. aastal 1,9 mln €',
        ],
        'Viljandi',
      ),
      job(
        'Produtsent',
        'MTÜ Mulgimaa Suvefestival',
        '2018-03',
        '2021-12',
        false,
        '03.2018 – 12.2021',
        ['esinejate lepingud, lava- ja tehnikagraafikud', 'vabatahtlike meeskonna juhendamine (120 inimest)'],
        'Viljandi',
      ),
      job('Ajakirjanik', 'Mulgi Press OÜ', '2010-02', '2018-02', false, '02.2010 – 02.2018', [
        'kultuuri- ja majandusuudised, nädalalõpulisa toimetamine',
      ]),
    ],
    education: [
      edu('magistrikraad', 'Tartu Ülikooli Viljandi Kultuuriakadeemia, kultuurikorraldus, magistrikraad, 2016–2018', {
        field: 'kultuurikorraldus',
        institution: 'Tartu Ülikooli Viljandi Kultuuriakadeemia',
        startYear: 2016,
        endYear: 2018,
      }),
      edu('bakalaureusekraad', 'Tartu Ülikool, ajakirjandus, bakalaureusekraad, 2006–2009', {
        field: 'ajakirjandus',
        institution: 'Tartu Ülikool',
        startYear: 2006,
        endYear: 2009,
      }),
    ],
    courses: [
      named('Sponsorluse müük ja partnerlussuhted', 'Sponsorluse müük ja partnerlussuhted, 2022'),
      named('Ürituste turvalisus', 'Ürituste turvalisus, Päästeamet, 2019'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – väga hea'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('fi', 'A2', 'soome – algtase'),
    ],
    skills: ['Veenmisoskus', 'Kirjutamisoskus', 'Suhtevõrgustik kultuuris ja äris', 'Planeerimine ja organiseerimine'],
    clientBase: { activeAccounts: 34, annualRevenueEur: 410_000, segment: 'national', decisionMakers: true },
    competencies: ['coaching', 'organisation', 'persuasiveness', 'relationship_building'],
  },
  {
    id: 'et-h28-14-word-punktid-puukool-haljastusfirmade-muugijuht-aednikust-rapina',
    format: 'docx',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Hõbe Neliteist',
    email: 'hobe2814.puukool@example.org',
    phone: '+372 5301 4478',
    contactLines: ['Räpina, Põlvamaa'],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused ja kutsetunnistus',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen aednik, kes müüb. Meie puukool kasvatab ilupuid, põõsaid ja püsikuid ning mina vastutan müügi eest ' +
        'haljastusettevõtetele, ehitusfirmadele ja omavalitsustele. Püsikliente on 95, enamik Tartu-, Põlva-, ' +
        'Võru- ja Valgamaal; 2025. aastal ostsid nad taimi 870 000 € eest. Haljastusfirmad on enamasti väikesed ' +
        'pereettevõtted, kus omanik otsustab ise, kust taimed tulevad. Talvel arutame klientidega järgmise hooaja ' +
        'koguseid, kevad ja sügis on tipphooaeg.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Müügijuht (haljastusettevõtted)', 'Räpina Puukool OÜ', '2016-01', null, true, 'jaanuar 2016 – praegu'),
        lines: ['Müügijuht (haljastusettevõtted), jaanuar 2016 – praegu', 'Räpina Puukool OÜ, Räpina'],
        bullets: [
          'hooaja eeltellimused ja aastakokkulepped',
          'hanked omavalitsuste haljastusobjektidele',
          'tellimuste komplekteerimise ja veo planeerimine',
          'puukooli pindala on 38 ha ja sortimendis üle 600 sordi',
        ],
      },
      {
        ...job('Aednik-müüja', 'Räpina Puukool OÜ', '2011-04', '2015-12', true, 'aprill 2011 – detsember 2015'),
        lines: ['Aednik-müüja, aprill 2011 – detsember 2015', 'Räpina Puukool OÜ aianduskeskus, Räpina'],
        bullets: ['taimede müük ja nõustamine aianduskeskuses', 'taimede hooldus müügiplatsil'],
      },
      {
        ...job('Aednik', 'Tartu Linnahaljastus OÜ', '2007-05', '2011-03', false, 'mai 2007 – märts 2011'),
        lines: ['Aednik, mai 2007 – märts 2011', 'Tartu Linnahaljastus OÜ, Tartu'],
        bullets: ['parkide ja haljasalade hooldus ning istutustööd'],
      },
    ],
    education: [
      edu('bakalaureusekraad', 'Eesti Maaülikool, aiandus, bakalaureusekraad, 2012–2016 (töö kõrvalt)', {
        field: 'aiandus',
        institution: 'Eesti Maaülikool',
        startYear: 2012,
        endYear: 2016,
      }),
      edu('kutseharidus', 'Räpina Aianduskool, aednik, kutseharidus (tase 4), 2004–2007', {
        field: 'aednik',
        institution: 'Räpina Aianduskool',
        startYear: 2004,
        endYear: 2007,
      }),
    ],
    courses: [named('Haljastustööde hankedokumendid', 'Haljastustööde hankedokumendid, 2020')],
    certifications: [named('Vanemaednik, tase 5', 'Vanemaednik, tase 5 (kutsetunnistus, 2018)')],
    certificationsWithCourses: true,
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B1', 'vene – B1'),
      lang('en', 'B1', 'inglise – B1'),
      lang('lv', 'A2', 'läti – A2'),
    ],
    skills: ['Taimetundmine', 'Planeerimine', 'Kliendikesksus', 'Ettevõtlikkus'],
    clientBase: { activeAccounts: 95, annualRevenueEur: 870_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'entrepreneurship', 'organisation'],
  },
  {
    id: 'et-h28-15-tekst-punktid-raamatukogust-kirjastuse-muugijuht-1988-aastad',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Hõbe Viisteist',
    email: 'viisteist.raamat.2815@example.net',
    phone: '+372 5196 3305',
    contactLines: ['Tallinn, Nõmme', 'Sündinud 1966'],
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen raamatute juures olnud kogu elu: viis aastat raamatukogus, siis raamatupoes ja alates 1999. aastast ' +
        'kirjastuse müügis. Praegu hoian kirjastuse suhteid raamatupoodide, raamatukogude ja koolidega üle Eesti – ' +
        'kokku umbes 180 kliendiga, kelle ostud olid 2025. aastal 1,4 mln €. Tean peast, mis müüb Tartu poes ja ' +
        'mis Kuressaares.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Müügijuht', 'Kirjastus Lehekülg AS', '2008', null, true, '2008 – praegu', [
          'Raamatupoodide kettide ja sõltumatute poodide, raamatukogude ja koolide tellimused',
          'Uudiskirjanduse tutvustused, messid ja kirjanike kohtumised poodides',
          'Kirjastus annab aastas välja ligi 120 uut nimetust',
        ]),
        lines: ['Kirjastus Lehekülg AS – Müügijuht, 2008 – praegu'],
      },
      {
        ...job('Müügiesindaja', 'Kirjastus Lehekülg AS', '1999', '2007', true, '1999 – 2007', [
          'Raamatupoodide külastused üle Eesti, tellimused ja tagastused',
        ]),
        lines: ['Kirjastus Lehekülg AS – Müügiesindaja, 1999 – 2007'],
      },
      {
        ...job('Raamatupoe juhataja', 'Raamatuvara AS', '1993', '1999', false, '1993 – 1999', [
          'Poe juhtimine ja sisseostud kirjastustelt',
        ]),
        lines: ['Raamatuvara AS – Raamatupoe juhataja, 1993 – 1999'],
      },
      {
        ...job('Raamatukoguhoidja', 'Tallinna Keskraamatukogu', '1988', '1993', false, '1988 – 1993'),
        lines: ['Tallinna Keskraamatukogu – Raamatukoguhoidja, 1988 – 1993'],
      },
    ],
    education: [
      edu('kõrgharidus', 'Tallinna Pedagoogiline Instituut, raamatukogundus, kõrgharidus, 1984–1988', {
        field: 'raamatukogundus',
        institution: 'Tallinna Pedagoogiline Instituut',
        startYear: 1984,
        endYear: 1988,
      }),
    ],
    courses: [named('Müügijuhtimine', 'Müügijuhtimine, Eesti Kirjastuste Liit, 2010')],
    certifications: [],
    languages: [lang('et', 'native', ''), lang('ru', 'B2', ''), lang('en', 'B2', ''), lang('fi', 'A2', '')],
    languagesText: ['Eesti keel on emakeel; vene ja inglise keelt valdan hästi, soome keelt natuke.'],
    skills: ['Suhtlemisoskus', 'Raamatuturu tundmine', 'Kiire ja täpne', 'Directo, Excel'],
    clientBase: { activeAccounts: 180, annualRevenueEur: 1_400_000, segment: 'national' },
    competencies: ['communication'],
  },
  {
    id: 'et-h28-16-pdf-kaks-veergu-hoiuruumid-arhiiv-ariklientide-haldur-tartu',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Hõbe Kuusteist',
    email: 'kuusteist2816@example.com',
    phone: '+372 5412 7765',
    contactLines: ['Tartu, Annelinn'],
    tagline: 'Ärikliendihaldur | hoiuruumid ja arhiiviteenus',
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
      'Olen 29-aastane ja töötanud viimased kuus aastat hoiuruumide ettevõttes – alguses klienditeenindajana, nüüd ' +
        'ärikliendihaldurina. Minu kliendid on 85 ettevõtet Tartus ja Tartumaal, kes hoiavad meil arhiivi, kaupa ' +
        'või tööriistu: raamatupidamisbürood, e-poed, ehitusfirmad ja kinnisvarahaldurid. 2025. aastal oli nende ' +
        'arvete summa 290 000 €. Leian uusi kliente, teen pakkumisi ja hoolitsen, et lepingud pikeneksid.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Ärikliendihaldur',
        'Laokapp OÜ',
        '2022-03',
        null,
        true,
        'alates 15. märtsist 2022',
        [
          'ärikliendi lepingud hoiuruumidele ja arhiivihoiule',
          'dokumentide skannimise ja hävitamise teenuste pakkumine',
          'klientide külastused ja lepingute pikendamine',
          'Laokapil on Tartus 1 100 hoiuruumi ja täituvus 94%',
        ],
        'Tartu',
      ),
      job(
        'Klienditeenindaja',
        'Laokapp OÜ',
        '2020-05',
        '2022-03',
        false,
        '05.2020 – 03.2022',
        ['klientide vastuvõtt, eraisikute lepingud ja maksete jälgimine'],
        'Tartu',
      ),
      job(
        'Kelner',
        'Kolm Tamme OÜ',
        '2016-06',
        '2020-04',
        false,
        '06.2016 – 04.2020 (õpingute kõrvalt)',
        undefined,
        'Tartu',
      ),
    ],
    education: [
      edu('bakalaureusekraad', 'Tartu Ülikool, ärijuhtimine, bakalaureusekraad, 2016–2020', {
        field: 'ärijuhtimine',
        institution: 'Tartu Ülikool',
        startYear: 2016,
        endYear: 2020,
      }),
    ],
    courses: [named('Külmkõnede koolitus', 'Külmkõnede koolitus, 2022')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('ru', 'B1', 'vene – B1'),
      lang('es', 'A2', 'hispaania – A2'),
    ],
    skills: ['Proaktiivne', 'Kliendikesksus', 'Läbirääkimisoskus', 'Excel, Pipedrive, Google Workspace'],
    clientBase: { activeAccounts: 85, annualRevenueEur: 290_000, segment: 'regional_smb' },
    competencies: ['customer_focus', 'initiative', 'negotiation'],
  },
  {
    id: 'et-h28-17-word-rulood-markiisid-paigaldajast-projektimuugi-juht-parnu',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Hõbe Seitseteist',
    email: 'hobe2817.rulood@example.net',
    phone: '+372 5589 1046',
    contactLines: ['Pärnu', 'Sündinud 1981'],
    tagline: 'Projektimüügi juht – päikesekaitse ja aknakatted',
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Alustasin ruloode ja markiiside paigaldajana, nii et tean, kuidas toode seinal käitub. Nüüd müün ' +
        'päikesekaitset ja aknakatteid ehitusfirmadele, sisearhitektidele ja kinnisvaraarendajatele Pärnu- ja ' +
        'Läänemaal, vähemal määral ka eraklientidele. Ärikliente on mul 40 ja 2025. aastal müüsin neile 620 000 € ' +
        'eest. Ehitusfirmas otsustab tarnija üle tavaliselt omanik; arhitektid kirjutavad meie tooted projekti ' +
        'sisse.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Projektimüügi juht',
        'Päikesekaitse OÜ',
        '2018-08',
        null,
        true,
        'alates augustist 2018',
        [
          'hinnapakkumised objektidele, mõõdistused ja tootevalik',
          'koostöö sisearhitektidega projekti algusest peale',
          'paigaldustööde ajakava kokkuleppimine paigaldajatega',
          'ligi 80% müügist tuleb ärikliendilt',
        ],
        'Pärnu',
      ),
      job('Paigaldaja', 'Päikesekaitse OÜ', '2009-03', '2018-07', false, 'märts 2009 – juuli 2018', undefined, 'Pärnu'),
      job('Ehitustööline', 'Pärnu Ehitusgrupp OÜ', '2003', '2009', false, '2003 – 2009', undefined, 'Pärnu'),
    ],
    education: [
      edu('kutseharidus', 'Pärnumaa Kutsehariduskeskus, tisler, kutseharidus, 2000–2003', {
        field: 'tisler',
        institution: 'Pärnumaa Kutsehariduskeskus',
        startYear: 2000,
        endYear: 2003,
      }),
    ],
    courses: [
      named('Mootorajamid ja nutijuhtimine', 'Mootorajamid ja nutijuhtimine (tootja koolitus), 2019'),
      named('Müük ehitusprojektidele', 'Müük ehitusprojektidele, 2020'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('fi', 'B1', 'soome – suhtlustasemel'),
      lang('en', 'B1', 'inglise – suhtlustasemel'),
      lang('ru', 'A2', 'vene – algtase'),
    ],
    skills: ['Tehnilised teadmised', 'Läbirääkimisoskus', 'Usaldusväärne', 'AutoCAD LT, Excel'],
    closing: [{ kind: 'paragraph', text: 'Juhiload B ja BE. Soovitajad esitan soovi korral.' }],
    clientBase: { activeAccounts: 40, annualRevenueEur: 620_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation'],
  },
  {
    id: 'et-h28-18-tekst-sildid-narva-omblejast-allhanke-muugijuht-pohjamaad-1991',
    format: 'txt',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Hõbe Kaheksateist',
    email: 'hobe18.narva2818@example.org',
    phone: '+372 5634 0912',
    contactLines: ['Narva'],
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Tekstiilitööstuses olen olnud 35 aastat – alustasin õmblejana, olin meister ja tootmisjuht ning alates ' +
        '2014. aastast müün meie õmblusvabriku allhanketeenust Põhjamaade rõivabrändidele. Praegu on mul 12 ' +
        'püsiklienti Soomes, Rootsis ja Norras; 2025. aastal telliti meilt 2,2 mln € eest. Tellimuse üle ' +
        'otsustavad brändide ostu- ja tootmisdirektorid, kellega kohtun Narvas ja nende kontorites. Kuna tunnen ' +
        'tootmist, oskan kliendile kohe öelda, mis on võimalik ja mis mitte.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Tööperiood', title: 'Ametikoht', employer: 'Tööandja', duties: 'Tööülesanded' },
    jobs: [
      job(
        'Müügijuht (allhange)',
        'Narva Õmblus AS',
        '2014-02',
        null,
        true,
        '02.2014 – praegu',
        [
          'uute klientide leidmine messidel ja otse',
          'hinnakalkulatsioonid, näidised ja tellimused',
          'tootmise planeerimine koos tootmisjuhiga',
          'vabrikus töötab 140 õmblejat ja aastas valmib ligi 400 000 toodet',
        ],
        'Narva',
      ),
      job(
        'Tootmisjuht',
        'Narva Õmblus AS',
        '2005-03',
        '2014-01',
        false,
        '03.2005 – 01.2014',
        ['tootmise planeerimine, kvaliteet ja töötajate juhendamine'],
        'Narva',
      ),
      job('Meister', 'Narva Tekstiilivabrik AS', '1996', '2005', false, '1996 – 2005', undefined, 'Narva'),
      job('Õmbleja', 'Narva Tekstiilivabrik AS', '1991', '1996', false, '1991 – 1996', undefined, 'Narva'),
    ],
    education: [
      edu('kutsekeskharidus', 'Narva Kergetööstustehnikum, rõivaste tehnoloogia, keskeriharidus, 1987–1991', {
        field: 'rõivaste tehnoloogia',
        institution: 'Narva Kergetööstustehnikum',
        startYear: 1987,
        endYear: 1991,
      }),
    ],
    courses: [
      named('Eesti keel B1', 'Eesti keel B1, 2013'),
      named('Rahvusvaheline müük ja eksport', 'Rahvusvaheline müük ja eksport, EAS, 2015'),
    ],
    certifications: [],
    languages: [
      lang('ru', 'native', 'vene – emakeel'),
      lang('et', 'B1', 'eesti – B1'),
      lang('en', 'B2', 'inglise – B2'),
      lang('fi', 'A2', 'soome – A2'),
    ],
    skills: ['Tootmise tundmine', 'Läbirääkimised', 'Pingekindel', 'Excel, Gerber AccuMark'],
    clientBase: { activeAccounts: 12, annualRevenueEur: 2_200_000, segment: 'international', decisionMakers: true },
    competencies: ['coaching', 'negotiation', 'organisation', 'stress_resistance'],
  },
  {
    id: 'et-h28-19-pdf-autoportaali-kuulutuspaketid-autoesindused-autode-muujast-tallinn',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Hõbe Üheksateist',
    email: 'hobe.2819@example.org',
    phone: '+372 5150 3392',
    contactLines: ['Tallinn, Kristiine', 'linkedin.example.com/in/hobe-yheksateist'],
    tagline: 'Ärikliendihaldur – autokaubandus',
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Müüsin kaheksa aastat autosid ja tean autoesinduse argipäeva: kuu lõpu plaan, laoseis ja kuulutused, mis ' +
        'pidid juba eile üleval olema. Nüüd olen teisel pool lauda ja haldan autokuulutuste portaali ärikliente. ' +
        'Minu portfellis on 180 autoesindust ja kasutatud autode müüjat üle Eesti; 2025. aastal ostsid nad ' +
        'kuulutuspakette ja reklaami 960 000 € eest. Pakettide ja hindade üle otsustavad esinduste omanikud ja ' +
        'müügijuhid, kellega kohtun kohapeal vähemalt kord poolaastas.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Ärikliendihaldur (autokaubandus)',
        'Autoturg Digital OÜ',
        '2021-05',
        null,
        true,
        '05.2021 – praegu',
        [
          'kuulutuspakettide ja bännerreklaami müük esindustele',
          'lepingute pikendamine ja lisateenuste pakkumine',
          'esinduste koolitamine portaali ja statistika kasutamises',
          'portaalis on korraga üleval ligi 35 000 kuulutust ja kuus 1,2 miljonit külastajat',
        ],
        'Tallinn',
      ),
      job(
        'Müügikonsultant',
        'Kesklinna Auto AS',
        '2016-02',
        '2021-04',
        true,
        '02.2016 – 04.2021',
        [
          'uute ja kasutatud autode müük era- ja ärikliendile',
          'liisingu- ja kindlustuspakkumised',
          '2019. aastal müüsin 142 autot',
        ],
        'Tallinn',
      ),
      job(
        'Müügikonsultant',
        'Autokeskus Mustamäe OÜ',
        '2013-06',
        '2016-01',
        true,
        '06.2013 – 01.2016',
        undefined,
        'Tallinn',
      ),
      job(
        'Autopesija',
        'Autokeskus Mustamäe OÜ',
        '2011-07',
        '2013-05',
        false,
        '07.2011 – 05.2013',
        undefined,
        'Tallinn',
      ),
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Eesti Ettevõtluskõrgkool Mainor, turundus, rakenduskõrgharidus, 2012–2016 (õhtuõpe)',
        {
          field: 'turundus',
          institution: 'Eesti Ettevõtluskõrgkool Mainor',
          startYear: 2012,
          endYear: 2016,
        },
      ),
      edu('keskharidus', 'Tallinna Kristiine Gümnaasium, keskharidus, 2011', {
        institution: 'Tallinna Kristiine Gümnaasium',
        endYear: 2011,
      }),
    ],
    courses: [
      named('Google Analytics 4 algkursus', 'Google Analytics 4 algkursus, 2023'),
      named('Lepingute pikendamine ja lisamüük', 'Lepingute pikendamine ja lisamüük, 2022'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B2', 'vene – B2'),
      lang('en', 'B2', 'inglise – B2'),
      lang('de', 'A2', 'saksa – A2'),
    ],
    skills: ['Kliendisuhted', 'Analüüsivõime (portaali statistika, Excel)', 'Enesekindlus', 'Salesforce, Excel'],
    clientBase: { activeAccounts: 180, annualRevenueEur: 960_000, segment: 'national', decisionMakers: true },
    competencies: ['analytical', 'relationship_building', 'tact_assertiveness'],
  },
  {
    id: 'et-h28-20-word-kaks-veergu-lukksepast-lukkude-sisemuuk-ei-portfelli',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Hõbe Kakskümmend',
    email: 'kakskymmend.2820@example.com',
    phone: '+372 5843 2277',
    contactLines: ['Tallinn, Põhja-Tallinn'],
    tagline: 'Sisemüügi spetsialist – lukud ja läbipääsusüsteemid',
    headings: {
      contact: 'Kontakt',
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen 26-aastane. Neli aastat töötasin perefirmas lukksepana – avasin uksi, vahetasin lukke ja paigaldasin ' +
        'uksesulgureid –, kuni tekkis soov tööd vahetada. 2023. aasta lõpust töötan lukkude ja läbipääsusüsteemide ' +
        'hulgimüüjas sisemüügis: võtan telefoni ja e-posti teel vastu lukksepafirmade, uksetootjate ja ' +
        'ehitusfirmade tellimusi, teen pakkumisi ja aitan valida õiget lukku. Kliendid kuuluvad firmale ja ' +
        'välimüüjatele, mina teenindan kõiki, kes helistavad – päevas ligi 40 pakkumist või tellimust. Järgmise ' +
        'sammuna tahan oma kliente ja välimüüki.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Sisemüügi spetsialist', 'Lukumaailm AS', '2023-12', null, true, 'detsember 2023 – praegu'),
        lines: ['Sisemüügi spetsialist', 'Lukumaailm AS · Tallinn · detsember 2023 – praegu'],
        bullets: [
          'tellimused ja hinnapakkumised telefoni ja e-posti teel',
          'lukkude, silindrite ja uksesulgurite tehniline nõustamine',
          'tarneaegade jälgimine koos laoga',
        ],
      },
      {
        ...job('Lukksepp', 'Lukuabi Kaasik OÜ', '2019-09', '2023-11', false, 'september 2019 – november 2023'),
        lines: ['Lukksepp', 'Lukuabi Kaasik OÜ · Tallinn · september 2019 – november 2023'],
        bullets: ['ukseavamised, lukkude vahetus ja paigaldus', 'väljakutsed ka öösiti ja nädalavahetustel'],
      },
    ],
    afterJobs: [
      { kind: 'paragraph', text: 'Ajateenistus Kaitseväes 07.2018 – 06.2019 (Kuperjanovi jalaväepataljon).' },
    ],
    education: [
      edu('kutseharidus', 'Tallinna Polütehnikum, mehhatroonik, kutseharidus (tase 4), 2015–2018', {
        field: 'mehhatroonik',
        institution: 'Tallinna Polütehnikum',
        startYear: 2015,
        endYear: 2018,
      }),
    ],
    courses: [named('Läbipääsusüsteemide tootekoolitus', 'Läbipääsusüsteemide tootekoolitus, 2024')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – B2'),
      lang('ru', 'B1', 'vene – B1'),
      lang('fi', 'A1', 'soome – A1'),
    ],
    skills: ['Klienditeenindus telefonis', 'Tehnilised teadmised lukkudest', 'Pingekindel', 'Directo, Excel'],
    clientBase: null,
    competencies: ['customer_focus', 'stress_resistance'],
  },
  {
    id: 'et-h28-21-tekst-sotsiaaltootajast-abivahendite-muugiesindaja-hoolduskodud-paide',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Hõbe Kakskümmend Üks',
    email: 'hobe2821.abivahendid@example.net',
    phone: '+372 5360 8815',
    contactLines: ['Paide, Järvamaa'],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olin 11 aastat sotsiaaltöötaja Paide linnas. Tean omast käest, kui raske on leida eakale õige voodi, ' +
        'ratastool või tõstuk ja kui oluline on, et abivahend jõuaks koju kiiresti. 2020. aastast müün abivahendeid ' +
        'hoolduskodudele ja omavalitsustele. Minu kliendid on 40 hoolduskodu ja 18 omavalitsust Järva-, ' +
        'Lääne-Viru- ja Raplamaal; 2025. aastal ostsid nad meilt 740 000 € eest. Hoolduskodus otsustab ostu üle ' +
        'juhataja, kellega lepin kokku ka tutvustused ja personali koolitused.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Müügiesindaja (abivahendid)',
        'Hoolekandetehnika OÜ',
        '2020-09',
        null,
        true,
        '09.2020 – praegu',
        [
          'hoolduskodude ja omavalitsuste külastused, tutvustused ja pakkumised',
          'hooldajate koolitus tõstukite ja hooldusvoodite kasutamiseks',
          'omavalitsuste väikehanked',
          'ettevõtte laenutuses on üle 3 000 abivahendi',
        ],
        'Järvamaa',
      ),
      job(
        'Sotsiaaltöötaja',
        'Paide Linnavalitsus',
        '2009-08',
        '2020-08',
        false,
        '08.2009 – 08.2020',
        ['eakate ja puuetega inimeste abivajaduse hindamine', 'abivahendite ja hooldusteenuste korraldamine'],
        'Paide',
      ),
      job(
        'Hooldaja',
        'SA Türi Hooldekodu',
        '2005-06',
        '2009-07',
        false,
        '06.2005 – 07.2009 (osalise koormusega)',
        undefined,
        'Türi',
      ),
    ],
    education: [
      edu('bakalaureusekraad', 'Tallinna Ülikool, sotsiaaltöö, bakalaureusekraad, 2005–2009', {
        field: 'sotsiaaltöö',
        institution: 'Tallinna Ülikool',
        startYear: 2005,
        endYear: 2009,
      }),
    ],
    courses: [
      named('Liikumisabivahendite valik ja kohandamine', 'Liikumisabivahendite valik ja kohandamine, 2021'),
      named('Hanked omavalitsustes', 'Hanked omavalitsustes, 2019'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B1', 'vene – kesktase'),
      lang('en', 'A2', 'inglise – algtase'),
    ],
    skills: ['Empaatia ja taktitunne', 'Suhtlemisoskus', 'Hooldajate koolitamine', 'Excel, STAR'],
    closing: [
      { kind: 'heading', text: 'Lisainfo' },
      { kind: 'paragraph', text: 'Sotsiaaltöötaja kutsetunnistus (tase 6) kehtis kuni 2024. Juhiload B.' },
    ],
    clientBase: { activeAccounts: 58, annualRevenueEur: 740_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'tact_assertiveness'],
  },
  {
    id: 'et-h28-22-pdf-tabel-kraanajuhist-tosteteenuste-muugijuht-ule-eesti',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Hõbe Kakskümmend Kaks',
    email: 'kraana.hobe2822@example.com',
    phone: '+372 5227 6148',
    contactLines: ['Rae vald, Peetri'],
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töökogemus',
      workTable: ['Ametikoht', 'Tööandja', 'Aeg'],
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Kutsetunnistus',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      '15 aastat kraanakabiinis ja viimased seitse aastat müügis. Müün tõsteteenust – autokraanad 30–250 t, ' +
        'torn- ja nookkraanad, tõstukid ja raskeveod – ehitus- ja tööstusettevõtetele üle Eesti. Püsikliente on 60 ' +
        'ja 2025. aastal arveldasime nendega 2,9 mln €. Tõstetöö planeerin koos kliendi objektijuhiga, sest tean, ' +
        'mis kraana platsile mahub ja kuidas koorem käitub.',
    ],
    jobStyle: 'table',
    workTableOrder: ['title', 'employer', 'period'],
    jobs: [
      job('Müügijuht (tõsteteenused)', 'Tõstekraana AS', '2019-03', null, true, '03.2019 – praegu', [
        'tõstetööde pakkumised, lepingud ja aastahinnad',
        'tõsteplaanid ja objektide ülevaatused',
        'tellimuste üleandmine dispetšeritele',
        'ettevõttes on 42 kraanat ja 65 töötajat',
      ]),
      job('Kraanajuht', 'Tõstekraana AS', '2008-04', '2019-02', false, '04.2008 – 02.2019', [
        'autokraanad kuni 160 t, tõsted ehitusel, sadamates ja tööstuses',
      ]),
      job('Kraanajuht', 'Eesti Ehitustehnika OÜ', '2004-05', '2008-03', false, '05.2004 – 03.2008'),
    ],
    education: [
      edu('kutseharidus', 'Tallinna Tööstushariduskeskus, kraanajuht, kutseharidus, 2002–2004', {
        field: 'kraanajuht',
        institution: 'Tallinna Tööstushariduskeskus',
        startYear: 2002,
        endYear: 2004,
      }),
      edu('keskharidus', 'Keila Ühisgümnaasium, keskharidus, 2002', {
        institution: 'Keila Ühisgümnaasium',
        endYear: 2002,
      }),
    ],
    courses: [named('Tõsteplaanide koostamine', 'Tõsteplaanide koostamine, 2020')],
    certifications: [named('Kraanajuht, tase 4', 'Kraanajuht, tase 4 (kehtib 2027. aastani)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B2', 'vene – hea'),
      lang('fi', 'B1', 'soome – suhtlustasemel'),
      lang('en', 'A2', 'inglise – natuke'),
    ],
    skills: ['Planeerimine', 'Kehtestav', 'Tehniline müük', 'Excel, AutoCAD LT'],
    clientBase: { activeAccounts: 60, annualRevenueEur: 2_900_000, segment: 'national' },
    competencies: ['organisation', 'sales', 'tact_assertiveness'],
  },
  {
    id: 'et-h28-23-word-punktid-geodeedist-maamootmisburoo-ariarendusjuht-tartu',
    format: 'docx',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Hõbe Kakskümmend Kolm',
    email: 'hobe.kk.2823@example.org',
    phone: '+372 5048 9913',
    contactLines: ['Tartu'],
    tagline: 'Äriarendusjuht – geodeesia ja maamõõtmine',
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Kutsetunnistus',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen geodeet, kes on viimased viis aastat tegelenud peamiselt müügi ja kliendisuhetega. Meie büroo teeb ' +
        'maamõõdistusi, geodeetilisi alusplaane, hoonete mahamärkimist ja laserskaneerimist. Minu kliendid on 45 ' +
        'ehitusettevõtet, projekteerimisbürood ja kinnisvaraarendajat Tartus ja Lõuna-Eestis; 2025. aastal tellisid ' +
        'nad meilt töid 780 000 € eest. Arendajate ja ehitusfirmade juhid kinnitavad tellimuse, tehnilised ' +
        'küsimused arutan läbi projektijuhtidega.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Äriarendusjuht',
        'Lõunageo OÜ',
        '2021-02',
        null,
        true,
        'veebruar 2021 – käesoleva ajani',
        [
          'Uute klientide leidmine ja pakkumised',
          'Raamlepingud suuremate ehitusettevõtetega',
          'Mõõdistustööde planeerimine koos välibrigaadidega',
          'Büroo teeb aastas ligi 1 400 mõõdistustööd',
        ],
        'Tartu',
      ),
      job(
        'Geodeet',
        'Lõunageo OÜ',
        '2012-06',
        '2021-01',
        false,
        'juuni 2012 – jaanuar 2021',
        ['Ehitusgeodeesia, mahamärkimised ja teostusjoonised', 'Noorte geodeetide juhendamine'],
        'Tartu',
      ),
      job(
        'Geodeedi assistent',
        'Maamõõdubüroo Tamm OÜ',
        '2009-05',
        '2012-05',
        false,
        'mai 2009 – mai 2012',
        undefined,
        'Tartu',
      ),
    ],
    education: [
      edu('magistrikraad', 'Eesti Maaülikool, geodeesia, magistrikraad, 2010–2012', {
        field: 'geodeesia',
        institution: 'Eesti Maaülikool',
        startYear: 2010,
        endYear: 2012,
      }),
      edu('bakalaureusekraad', 'Eesti Maaülikool, geodeesia, bakalaureusekraad, 2007–2010', {
        field: 'geodeesia',
        institution: 'Eesti Maaülikool',
        startYear: 2007,
        endYear: 2010,
      }),
    ],
    courses: [named('Ärikliendi müük inseneridele', 'Ärikliendi müük inseneridele, 2021')],
    certifications: [named('Volitatud geodeet, tase 7', 'Volitatud geodeet, tase 7 (kehtib 2029. aastani)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('ru', 'B1', 'vene – B1'),
      lang('de', 'A2', 'saksa – A2'),
    ],
    skills: ['Analüüsivõime', 'Kliendisuhted', 'Juhendamine', 'AutoCAD Civil 3D, Trimble Business Center'],
    clientBase: { activeAccounts: 45, annualRevenueEur: 780_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'coaching', 'organisation', 'relationship_building'],
  },
  {
    id: 'et-h28-24-tekst-punktid-porandakatted-paigaldajast-muugijuht-valga-lati',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Hõbe Kakskümmend Neli',
    email: 'hobe2824.valga@example.com',
    phone: '+372 5647 3301',
    contactLines: ['Valga'],
    headings: {
      profile: 'Lühidalt',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Põrandad on mu elutöö. Paigaldasin 13 aastat parketti ja vaipkatteid, alates 2008. aastast müün ' +
        'põrandakatteid ehitus- ja viimistlusfirmadele. Kliente on ligikaudu 70 – Valga-, Võru- ja Põlvamaal ning ' +
        'Põhja-Lätis Valka, Valmiera ja Smiltene kandis. 2025. aasta müük oli 1,3 mln €. Enamasti räägin otse ' +
        'firmaomanikega, kes otsustavad ise, millist materjali objektile pakkuda.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Müügijuht (põrandakatted)', 'Põrandamaailm OÜ', '2008', null, true, '2008 – seni', [
          'Objektipakkumised ja hinnakirjad ehitusfirmadele',
          'Näidiste ja tootekoolituste korraldamine paigaldajatele',
          'Läti kliendid alates 2015. aastast',
          'Kaupluse ja lao pind 1 800 m²',
        ]),
        lines: ['2008 – seni · Müügijuht (põrandakatted) · Põrandamaailm OÜ, Valga'],
      },
      {
        ...job('Põrandapaigaldaja', 'Põrandamaailm OÜ', '2001', '2007', false, '2001 – 2007'),
        lines: ['2001 – 2007 · Põrandapaigaldaja · Põrandamaailm OÜ, Valga'],
      },
      {
        ...job('Põrandapaigaldaja', 'Valga Ehitus AS', '1995', '2000', false, '1995 – 2000'),
        lines: ['1995 – 2000 · Põrandapaigaldaja · Valga Ehitus AS'],
      },
    ],
    education: [
      edu('kutseharidus', 'Valga Ametikool, puusepp, kutseharidus, 1992–1995', {
        field: 'puusepp',
        institution: 'Valga Ametikool',
        startYear: 1992,
        endYear: 1995,
      }),
    ],
    courses: [
      named('Parketi lihvimine ja õlitamine', 'Parketi lihvimine ja õlitamine, 2012'),
      named('Läti keele kursus', 'Läti keele kursus, 2014'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti: emakeel'),
      lang('lv', 'B1', 'läti: suhtlustasemel'),
      lang('ru', 'B2', 'vene: hea'),
      lang('en', 'A2', 'inglise: algtase'),
    ],
    skills: ['Kliendisuhted', 'Praktilised paigaldusoskused', 'Usaldusväärsus', 'Juhiload B ja BE'],
    clientBase: { activeAccounts: 70, annualRevenueEur: 1_300_000, segment: 'international', decisionMakers: true },
    competencies: ['relationship_building'],
  },
  {
    id: 'et-h28-25-pdf-autoklaasid-paigaldajast-liisingu-ja-kindlustuse-kliendihaldur-tartu',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Hõbe Kakskümmend Viis',
    email: 'hobe.autoklaas2825@example.net',
    phone: '+372 5361 2209',
    contactLines: ['Tartu'],
    tagline: 'Ärikliendihaldur – autoklaasid',
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Vahetasin kuus aastat autoklaase ja parandasin kivitäkkeid, viimased kuus aastat haldan autoklaasifirma ' +
        'ärikliente. Minu kliendid on 26 liisingufirmat, kindlustusseltsi ja suurt autoparki üle Eesti; 2025. ' +
        'aastal tuli nendelt 1,9 mln € käivet. Tingimused ja hinnad lepin kokku autoparkide juhtide ja ' +
        'kindlustusseltside kahjukäsitluse juhtidega, kes otsustavad, kuhu autod remonti saadetakse. Tunnen ' +
        'töökoja poolt ja luban ainult seda, mida suudame teha.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Ärikliendihaldur', 'Klaasimeister AS', '2020-05', null, true, 'mai 2020 – praegu'),
        lines: ['Ärikliendihaldur | Klaasimeister AS', 'mai 2020 – praegu, Tartu'],
        bullets: [
          'raamlepingud liisingufirmade, kindlustusseltside ja autoparkidega',
          'hinnakokkulepped ja kvartaliaruanded',
          'töökodade koormuse planeerimine koos teenindusjuhtidega',
          'ettevõttel on 9 töökoda ja aastas vahetatakse ligi 14 000 klaasi',
        ],
      },
      {
        ...job('Autoklaasi paigaldaja', 'Klaasimeister AS', '2014-03', '2020-04', false, 'märts 2014 – aprill 2020'),
        lines: ['Autoklaasi paigaldaja | Klaasimeister AS', 'märts 2014 – aprill 2020, Tartu'],
        bullets: ['esi- ja külgklaaside vahetus, kivitäkete parandus', 'noorte paigaldajate juhendamine'],
      },
      {
        ...job('Rehvitehnik', 'Rehvikeskus Ropka OÜ', '2011-04', '2014-02', false, 'aprill 2011 – veebruar 2014'),
        lines: ['Rehvitehnik | Rehvikeskus Ropka OÜ', 'aprill 2011 – veebruar 2014, Tartu'],
      },
    ],
    education: [
      edu('kutseharidus', 'Tartu Kutsehariduskeskus, autotehnik, kutseharidus, 2008–2011', {
        field: 'autotehnik',
        institution: 'Tartu Kutsehariduskeskus',
        startYear: 2008,
        endYear: 2011,
      }),
    ],
    courses: [
      named('ADAS-kaamerate kalibreerimine', 'ADAS-kaamerate kalibreerimine, 2019'),
      named('Kindlustuskahjude menetlus', 'Kindlustuskahjude menetlus, 2021'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B2', 'vene – hea'),
      lang('en', 'B1', 'inglise – suhtlustasemel'),
    ],
    skills: ['Kliendisuhted', 'Planeerimine', 'Kehtestav', 'Excel, Directo'],
    clientBase: { activeAccounts: 26, annualRevenueEur: 1_900_000, segment: 'national', decisionMakers: true },
    competencies: ['coaching', 'organisation', 'relationship_building', 'tact_assertiveness'],
  },
  {
    id: 'et-h28-26-word-karjaar-killustik-ekskavaatorijuhist-muugijuht-rapla-1994',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Hõbe Kakskümmend Kuus',
    email: 'hobe2826.karjaar@example.org',
    phone: '+372 5097 6624',
    contactLines: ['Rapla', 'Sündinud 1975'],
    tagline: 'Müügijuht – killustik, liiv ja betoonitooted',
    afterContact: [{ kind: 'paragraph', text: 'Perekonnaseis: abielus, kaks last. Juhiload B ja C.' }],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeleoskus',
      skills: 'Oskused',
    },
    profile: [
      'Olen karjääris töötanud 1998. aastast: ekskavaatorijuhina, karjäärimeistrina ja alates 2013. aastast ' +
        'müügijuhina. Müün killustikku, liiva, kruusa ja betoonitooteid teedeehitajatele, ehitusfirmadele ja ' +
        'betoonitehastele. Püsikliente on 46 – 40 ehitus- ja teedeehitusfirmat ning 6 betoonitehast Harju-, Rapla- ' +
        'ja Järvamaal. 2025. aasta müük oli 4,6 mln €. Hinnad ja aastakogused lepin kokku firmade omanike ja ' +
        'hankejuhtidega, kes otsustavad, kust materjal tuleb. Karjääride aastane toodang on ligi 1,2 miljonit tonni.',
    ],
    jobStyle: 'inline',
    jobs: [
      job('Müügijuht', 'Raplamaa Karjäärid AS', '2013-01', null, true, '01.2013 – praegu', [
        'aastalepingud ja hinnapakkumised',
        'riigihanked teedeehituse objektidele',
        'vedude planeerimine koos logistikuga',
        'kvaliteedinõuded ja toimivusdeklaratsioonid klientidele',
      ]),
      job('Karjäärimeister', 'Raplamaa Karjäärid AS', '2005-04', '2012-12', false, '04.2005 – 12.2012', [
        'kaevandamise ja purustamise korraldamine, 12 töötajat',
        'uute töötajate juhendamine',
      ]),
      job('Ekskavaatorijuht', 'Raplamaa Karjäärid AS', '1998-05', '2005-03', false, '05.1998 – 03.2005'),
      job('Traktorist', 'Kehtna Põllumajandus OÜ', '1994', '1998', false, '1994 – 1998'),
    ],
    education: [
      edu('rakenduskõrgharidus', 'Eesti Ettevõtluskõrgkool Mainor, ärijuhtimine, rakenduskõrgharidus, 2009–2013', {
        field: 'ärijuhtimine',
        institution: 'Eesti Ettevõtluskõrgkool Mainor',
        startYear: 2009,
        endYear: 2013,
      }),
      edu('kutsekeskharidus', 'Kehtna Kutsekeskkool, põllumajandusmehaanik, kutsekeskharidus, 1990–1994', {
        field: 'põllumajandusmehaanik',
        institution: 'Kehtna Kutsekeskkool',
        startYear: 1990,
        endYear: 1994,
      }),
    ],
    courses: [
      named('Teedeehituse materjalide nõuded', 'Teedeehituse materjalide nõuded, Transpordiamet, 2018'),
      named('Läbirääkimised hinnatõusu ajal', 'Läbirääkimised hinnatõusu ajal, 2022'),
    ],
    certifications: [],
    languages: [lang('et', 'native', ''), lang('ru', 'B2', ''), lang('fi', 'B1', ''), lang('en', 'A2', '')],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Keel', 'Rääkimine', 'Kirjutamine'],
        rows: [
          ['eesti', 'emakeel', 'emakeel'],
          ['vene', 'hea', 'hea'],
          ['soome', 'suhtlustasemel', 'suhtlustasemel'],
          ['inglise', 'algtase', 'algtase'],
        ],
      },
    ],
    skills: ['Läbirääkimisoskus', 'Kehtestav', 'Planeerimine', 'Excel, Merit Aktiva'],
    clientBase: { activeAccounts: 46, annualRevenueEur: 4_600_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'negotiation', 'organisation', 'tact_assertiveness'],
  },
];

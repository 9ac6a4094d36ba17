import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The thirty-second held-out set's Estonian CVs: sales people in trades whose customers are businesses, as they
 * write their CVs in Estonia in 2026 – a hygiene-supplies wholesaler's account manager who started in the warehouse,
 * a pneumatics regional sales manager who was a maintenance technician, a label printer's key account manager who
 * was a food technologist, a building-blocks regional sales manager, a trade credit insurer's account manager, a rail
 * freight sales manager in Narva, a trade-fair stand seller, a workwear-rental account manager, a silage-film and
 * farm-supplies rep, a warehouse-software account executive, a cold-chain haulier's sales manager, a bank's small
 * business account manager in Ida-Virumaa, a spa hotel's conference and group sales manager, a waste-management
 * business sales manager, a young fruit-and-vegetable wholesale rep, a milking-equipment sales manager since 1989,
 * a packaging-machinery technical sales manager, a sawmill's export manager, a charter-bus sales manager, an
 * e-invoicing platform's account manager, a facility-services key account manager, an office water and coffee
 * telesales agent without a portfolio, an air cargo sales manager, a lubricants wholesale rep since 1994, a bank's
 * trade finance relationship manager and a purchasing manager who wants to move to the selling side.
 */
export const HELD_OUT_32_ET: CvSource[] = [
  {
    id: 'et-h32-01-pdf-hugieenitarvete-hulgimuuk-kliendihaldur-laost-tallinn',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Raud Üks',
    email: 'raud3201@example.com',
    phone: '+372 5384 2716',
    contactLines: ['Tallinn, Mustamäe'],
    tagline: 'Kliendihaldur – puhastus- ja hügieenitarvete hulgimüük',
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Tunnistused',
      languages: 'Keeleoskus',
      skills: 'Isikuomadused ja oskused',
    },
    profile: [
      'Töötan puhastus- ja hügieenitarvete hulgimüüjas juba 14 aastat. Alustasin laos, seejärel võtsin vastu ' +
        'tellimusi ja alates 2017. aastast haldan oma kliente. Minu portfellis on 140 äriklienti – hotellid, ' +
        'puhastusfirmad, kaubanduskeskused, koolid ja tootmisettevõtted Tallinnas ja Harjumaal. 2025. aastal ostsid ' +
        'nad meilt kaupa 2,3 mln € eest. Tarnija üle otsustavad enamasti hotellide majapidamisjuhid ja ' +
        'puhastusfirmade omanikud – nendega kohtun ise ja neile teen ka pakkumised.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Kliendihaldur',
        'Puhtusepartner AS',
        '2017-03',
        null,
        true,
        '2017. aasta märtsist praeguseni',
        [
          'hinnapakkumised, aastalepingud ja hinnakirjade uuendamine',
          'uute klientide leidmine, eriti puhastusfirmade ja ehitusjärgse koristuse seas',
          'toodete tutvustused ja kasutuskoolitused kliendi töötajatele',
          'seebi- ja paberidosaatorite paigalduse kokkuleppimine',
          'meie laos on 6 000 m² ja ligi 3 500 tootenimetust',
        ],
        'Tallinn',
      ),
      job(
        'Müügiassistent',
        'Puhtusepartner AS',
        '2014-05',
        '2017-02',
        false,
        '05.2014 – 02.2017',
        [
          'tellimuste sisestamine Directosse ja tarnete jälgimine',
          'arvete ja kreeditarvete koostamine',
          'telefoni- ja e-posti tellimuste vastuvõtt',
        ],
        'Tallinn',
      ),
      job(
        'Laotöötaja',
        'Puhtusepartner AS',
        '2012-08',
        '2014-04',
        false,
        '08.2012 – 04.2014',
        ['tellimuste komplekteerimine, kauba vastuvõtt, töö tõstukiga'],
        'Tallinn',
      ),
    ],
    education: [
      edu('keskharidus', 'Tallinna Mustamäe Gümnaasium, keskharidus, 2012', {
        institution: 'Tallinna Mustamäe Gümnaasium',
        endYear: 2012,
      }),
    ],
    courses: [
      named('Müügiläbirääkimised B2B-s', 'Müügiläbirääkimised B2B-s, 2019'),
      named('Excel edasijõudnutele', 'Excel edasijõudnutele, 2021'),
    ],
    certifications: [named('Tõstukijuhi tunnistus', 'Tõstukijuhi tunnistus (2012)')],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('ru', 'B2', 'vene keel – hea'),
      lang('en', 'B1', 'inglise keel – suhtlustasemel'),
    ],
    skills: [
      'Kliendikesksus',
      'Läbirääkimisoskus',
      'Täpsus ja kohusetundlikkus',
      'Directo, Excel, Outlook',
      'Juhiload B',
    ],
    clientBase: { activeAccounts: 140, annualRevenueEur: 2_300_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'negotiation'],
  },
  {
    id: 'et-h32-02-word-kaks-veergu-pneumaatika-automaatikust-piirkonna-muugijuht-tartu',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Raud Kaks',
    email: 'k.raud3202@example.org',
    phone: '+372 5521 0873',
    contactLines: ['Tartu, Tähtvere'],
    tagline: 'Piirkonna müügijuht | pneumaatika ja automaatikakomponendid',
    headings: {
      contact: 'Kontaktid',
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Täiendkoolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Tootmistehnika insener, kes on kümme aastat müünud tööstusele pneumaatikat, lineaarajameid ja andureid. ' +
        'Enne müüki hooldasin kuus aastat piimatööstuse pakendusliine ja tean, mis tunne on seisev liin kell kolm ' +
        'öösel. Vastutan Lõuna-Eesti eest: 75 tootmisettevõtet Tartu-, Võru-, Põlva-, Valga- ja Viljandimaal – ' +
        'puidu- ja toiduainetööstused, metallitöökojad ja masinaehitajad. 2025. aastal ostsid nad meilt 1,6 mln € ' +
        'eest. Ostuotsuse teevad tavaliselt hooldusjuhid ja tehnilised direktorid.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Piirkonna müügijuht (Lõuna-Eesti)',
        'Pneumotehnika Baltic OÜ',
        '2021-01',
        null,
        true,
        'jaanuar 2021 – hetkeni',
        [
          'klientide külastused ja tehniline nõustamine tehases kohapeal',
          'uute tootmisettevõtete leidmine, pakkumised ja raamlepingud',
          'varuosade laovaru kokkulepped suurematele klientidele',
          'tootevalikus on üle 20 000 artikli',
        ],
        'Tartu',
      ),
      job(
        'Müügiinsener',
        'Pneumotehnika Baltic OÜ',
        '2016-09',
        '2020-12',
        true,
        'september 2016 – detsember 2020',
        ['tehnilised lahendused ja pakkumised masinaehitajatele', 'tootetutvustused ja tööstusmessid'],
        'Tallinn',
      ),
      job(
        'Automaatik',
        'Lõuna Piimatööstus AS',
        '2010-07',
        '2016-08',
        false,
        'juuli 2010 – august 2016',
        ['pakendusliinide ja pneumaatikasüsteemide hooldus ja remont', 'varuosade tellimine ja hooldusgraafikud'],
        'Tartu',
      ),
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Tallinna Tehnikaülikooli Tartu kolledž, tootmistehnika, rakenduskõrgharidus, 2006–2010',
        {
          field: 'tootmistehnika',
          institution: 'Tallinna Tehnikaülikooli Tartu kolledž',
          startYear: 2006,
          endYear: 2010,
        },
      ),
    ],
    courses: [
      named('Pneumaatika ja elektropneumaatika, tase 2', 'Pneumaatika ja elektropneumaatika, tase 2, 2017'),
      named('Konsultatiivne müük tööstusettevõtetele', 'Konsultatiivne müük tööstusettevõtetele, 2019'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – B2'),
      lang('ru', 'B1', 'vene – B1'),
      lang('de', 'A2', 'saksa – A2'),
    ],
    skills: ['Tehniline müük', 'Analüüsivõime', 'Meeskonnatöö', 'SolidWorks, Excel, Pipedrive', 'Juhiload B'],
    clientBase: { activeAccounts: 75, annualRevenueEur: 1_600_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'sales', 'teamwork'],
  },
  {
    id: 'et-h32-03-tekst-punktid-etiketid-toidutehnoloogist-votmekliendijuht-saue',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Raud Kolm',
    email: 'raud.kolm.3203@example.net',
    phone: '5647 1290',
    contactLines: ['Saue', 'Sündinud 1984'],
    headings: {
      profile: 'Lühidalt',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Täiendkoolitus',
      languages: 'Keeled',
      skills: 'Tugevused',
    },
    profile: [
      'Olen toidutehnoloog, kes müüb etikette. Kuus aastat töötasin lihatööstuses ja tean, miks etikett peab ' +
        'sügavkülmas vastu pidama ja mida toiduinspektor sellelt otsib. Alates 2014. aastast müün isekleepuvaid ' +
        'etikette ja kahanevaid hülsse toidu- ja joogitootjatele. Minu võtmekliendid on 28 tootjat Eestis ja Lätis ' +
        '– piimatööstused, pagarid, õlletehased ja mahlatootjad; 2025. aastal tellisid nad meilt kokku 3,4 mln € ' +
        'eest. Aastahinnad ja lepingud lepin kokku ostujuhtide ja brändijuhtidega, kes otsustavad, kes nende ' +
        'etikette trükib.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Võtmekliendijuht',
        'Etiketitrükk Balti OÜ',
        '2019-03',
        null,
        true,
        'märts 2019 – praegu',
        [
          'Aastalepingud ja hinnaläbirääkimised suurte toidutootjatega',
          'Uute pakendikujunduste etikettide arendus koos kliendi turundusosakonna ja meie disaineritega',
          'Trükikoda toodab aastas ligi 900 miljonit etiketti',
        ],
        'Saue',
      ),
      job(
        'Müügijuht',
        'Etiketitrükk Balti OÜ',
        '2014-08',
        '2019-02',
        true,
        'august 2014 – veebruar 2019',
        ['Väikesed ja keskmised toidutootjad üle Eesti, pakkumised ja proovitrükid'],
        'Saue',
      ),
      job(
        'Toidutehnoloog',
        'Virumaa Lihatööstus AS',
        '2008-06',
        '2014-07',
        false,
        'juuni 2008 – juuli 2014',
        ['Retseptid, märgistus ja pakendite kooskõlastamine', 'HACCP ja toiduohutuse auditid'],
        'Rakvere',
      ),
    ],
    education: [
      edu('magistrikraad', 'Eesti Maaülikool, toiduainete tehnoloogia, magistrikraad, 2006–2008', {
        field: 'toiduainete tehnoloogia',
        institution: 'Eesti Maaülikool',
        startYear: 2006,
        endYear: 2008,
      }),
      edu('bakalaureusekraad', 'Eesti Maaülikool, toiduainete tehnoloogia, bakalaureusekraad, 2003–2006', {
        field: 'toiduainete tehnoloogia',
        institution: 'Eesti Maaülikool',
        startYear: 2003,
        endYear: 2006,
      }),
    ],
    courses: [
      named('Fleksotrüki tehnoloogia alused', 'Fleksotrüki tehnoloogia alused, 2015'),
      named('Võtmekliendihaldus', 'Võtmekliendihaldus, Äripäeva Akadeemia, 2020'),
    ],
    certifications: [],
    languages: [lang('et', 'native', ''), lang('en', 'C1', ''), lang('ru', 'C1', ''), lang('lv', 'B1', '')],
    languagesText: ['Emakeel eesti. Inglise ja vene keelt räägin vabalt, läti keelt suhtlustasemel.'],
    skills: [
      'Suhete loomine ja hoidmine',
      'Analüüsivõime – kulud, marginaalid, hinnakujundus',
      'Toiduohutuse ja märgistuse nõuded',
      'Esko, Excel, Pipedrive',
    ],
    clientBase: { activeAccounts: 28, annualRevenueEur: 3_400_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'relationship_building'],
  },
  {
    id: 'et-h32-04-pdf-tabel-ehitusplokid-kuivsegud-piirkonna-muugijuht-parnu',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Raud Neli',
    email: 'raud3204.parnu@example.com',
    phone: '+372 5012 4468',
    contactLines: ['Pärnu, Raeküla'],
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töökogemus',
      workTable: ['Ajavahemik', 'Ametikoht', 'Tööandja'],
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    workTableOrder: ['period', 'title', 'employer'],
    profile: [
      'Müün ehitusplokke, kuivsegusid ja soojustusmaterjale ehitusfirmadele ja ehituspoodidele Lääne-Eestis. ' +
        'Ehitusmaterjalide müügis olen olnud 2004. aastast, alates 2015. aastast piirkonna müügijuhina. Minu ' +
        'kliendid on 90 ettevõtet Pärnu-, Lääne-, Saare- ja Hiiumaal: väiksemad ja keskmised ehitusfirmad ning ' +
        'kohalikud ehituspoed. 2025. aasta müük minu piirkonnas oli 2,7 mln €. Ehitusfirmades suhtlen omanike ja ' +
        'objektijuhtidega; hinnakokkuleppe üle otsustab ikka omanik.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Piirkonna müügijuht', 'Balti Ehitusplokk AS', '2015', null, true, 'alates 2015', [
        'ehitusfirmade ja poodide külastused, objektide kaardistamine',
        'aastahinnad ja projektipakkumised',
        'tootekoolitused poemüüjatele ja ehitajatele',
        'tehase toodang on ligi 180 000 m³ plokke aastas',
      ]),
      job('Müügiesindaja', 'Ehitusmaailm Hulgi OÜ', '2008', '2014', true, '2008 – 2014', [
        'ehituskaupade müük ehitusfirmadele Pärnumaal, tellimused ja tarned objektile',
      ]),
      job('Müüja-konsultant', 'Pärnu Ehituskaubad OÜ', '2004', '2008', true, '2004 – 2008'),
    ],
    education: [
      edu('kutseharidus', 'Pärnumaa Kutsehariduskeskus, ehitusviimistlus, kutseharidus, 2000–2003', {
        field: 'ehitusviimistlus',
        institution: 'Pärnumaa Kutsehariduskeskus',
        startYear: 2000,
        endYear: 2003,
      }),
    ],
    courses: [
      named('Ehitusfüüsika alused', 'Ehitusfüüsika alused, 2016'),
      named('Energiatõhusad hooned', 'Energiatõhusad hooned, 2022'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('ru', 'B1', 'vene keel – kesktase'),
      lang('en', 'A2', 'inglise keel – algtase'),
    ],
    skills: ['Enesekindlus', 'Suhtlemisoskus', 'Planeerimine', 'Excel, Merit, Pipedrive', 'Juhiload B, BE'],
    clientBase: { activeAccounts: 90, annualRevenueEur: 2_700_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'organisation', 'tact_assertiveness'],
  },
  {
    id: 'et-h32-05-word-sildid-kaubakrediidikindlustus-analuutikust-kliendihaldur-tallinn',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Raud Viis',
    email: 'raud.viis3205@example.org',
    phone: '+372 5810 3345',
    contactLines: ['Tallinn, Kristiine'],
    tagline: 'Kliendihaldur – kaubakrediidikindlustus',
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Kompetentsid',
    },
    profile: [
      'Olen 15 aastat töötanud ettevõtete krediidiriskiga – kõigepealt analüütikuna, siis riskihindajana ja ' +
        'alates 2019. aastast kliendihaldurina. Kindlustan Eesti eksportijate ja hulgimüüjate müügiarveid ostjate ' +
        'maksejõuetuse vastu. Minu portfellis on 55 ettevõtet üle Eesti, kelle kindlustusmaksed olid 2025. aastal ' +
        'kokku 1,9 mln €. Poliisi tingimused lepin kokku finantsjuhtide ja juhatuse liikmetega, kes otsustavad ja ' +
        'allkirjastavad.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Periood', title: 'Ametinimetus', employer: 'Ettevõte', duties: 'Vastutusala' },
    jobs: [
      job(
        'Kliendihaldur',
        'Põhjala Krediidikindlustus AS',
        '2019-09',
        null,
        true,
        '09/2019 – praegu',
        [
          'uute klientide leidmine koos maaklerite ja pankadega',
          'poliiside uuendamine ja limiitide läbirääkimised',
          'klientide ostjate riskiülevaated ja infopäevad',
          'portfelli klientide kindlustatud käive on kokku ligi 620 mln €',
        ],
        'Tallinn',
      ),
      job(
        'Riskihindaja',
        'Põhjala Krediidikindlustus AS',
        '2016-02',
        '2019-08',
        false,
        '02/2016 – 08/2019',
        ['ostjate krediidilimiitide otsused Baltikumis', 'finantsaruannete ja maksekäitumise hindamine'],
        'Tallinn',
      ),
      job(
        'Krediidianalüütik',
        'Balti Äripank AS',
        '2011-06',
        '2016-01',
        false,
        '06/2011 – 01/2016',
        ['väikeste ja keskmiste ettevõtete laenutaotluste hindamine'],
        'Tallinn',
      ),
    ],
    education: [
      edu('magistrikraad', 'Tallinna Tehnikaülikool, rahandus ja arvestus, magistrikraad, 2009–2011', {
        field: 'rahandus ja arvestus',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2009,
        endYear: 2011,
      }),
      edu('bakalaureusekraad', 'Tallinna Tehnikaülikool, ärirahandus, bakalaureusekraad, 2006–2009', {
        field: 'ärirahandus',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2006,
        endYear: 2009,
      }),
    ],
    courses: [
      named('Rahvusvaheline kaubandus ja Incoterms 2020', 'Rahvusvaheline kaubandus ja Incoterms 2020, 2021'),
      named('Maksejõuetusõigus praktikas', 'Maksejõuetusõigus praktikas, 2023'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti keel: emakeel'),
      lang('en', 'C1', 'inglise keel: C1'),
      lang('ru', 'B2', 'vene keel: B2'),
      lang('fi', 'A2', 'soome keel: A2'),
    ],
    skills: ['Finantsanalüüs', 'Läbirääkimisoskus', 'Täpsus', 'Excel, Power BI, Creditinfo'],
    clientBase: { activeAccounts: 55, annualRevenueEur: 1_900_000, segment: 'national', decisionMakers: true },
    competencies: ['financial_analysis', 'negotiation'],
  },
  {
    id: 'et-h32-06-tekst-kaks-veergu-raudteeveod-dispetserist-muugijuht-narva',
    format: 'txt',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Raud Kuus',
    email: 'raud3206.narva@example.net',
    phone: '+372 5396 7021',
    contactLines: ['Narva'],
    tagline: 'Müügijuht – raudteeveod',
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
      'Olen raudteel töötanud 1999. aastast: vagunite dispetšerina, ekspedeerijana ja alates 2016. aastast ' +
        'raudteevedude müügis. Minu kliendid on 18 kaubasaatjat Eestis ja Lätis – väetise-, puidu- ja ' +
        'keemiaettevõtted ning sadamaterminalid. 2025. aastal tõid nad ettevõttele 7,5 mln € veotulu. Vedaja ' +
        'valiku teevad klientide logistikadirektorid; nendega lepin kokku mahud ja tariifid aasta ette.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Müügijuht',
        'Baltic Rail Cargo AS',
        '2016-12',
        null,
        true,
        '12.2016 – tänaseni',
        [
          'aastalepingud ja tariifipakkumised',
          'uute klientide ja veosuundade otsimine Läti ja Leedu suunal',
          'veograafikute planeerimine koos operatiivosakonnaga',
          '2025. aastal vedas ettevõte kokku 2,8 mln tonni kaupa',
        ],
        'Tallinn',
      ),
      job(
        'Ekspedeerija',
        'Narva Transiit OÜ',
        '2009-04',
        '2016-11',
        false,
        '04.2009 – 11.2016',
        ['raudteesaadetiste dokumendid ja tolliformaalsused', 'vagunite tellimine ja jälgimine'],
        'Narva',
      ),
      job(
        'Vagunite dispetšer',
        'AS Eesti Raudtee',
        '1999-08',
        '2009-03',
        false,
        '08.1999 – 03.2009',
        ['vagunite liikumise arvestus Narva jaamas, vahetustega töö'],
        'Narva',
      ),
    ],
    education: [
      edu('rakenduskõrgharidus', 'Eesti Mereakadeemia, logistika, rakenduskõrgharidus, 2005–2009 (kaugõpe)', {
        field: 'logistika',
        institution: 'Eesti Mereakadeemia',
        startYear: 2005,
        endYear: 2009,
      }),
      edu('keskharidus', 'Narva Pähklimäe Gümnaasium, keskharidus, 1998', {
        institution: 'Narva Pähklimäe Gümnaasium',
        endYear: 1998,
      }),
    ],
    courses: [
      named('Eesti keel B2', 'Eesti keel B2, 2010'),
      named('Ohtlike kaupade vedu raudteel (RID)', 'Ohtlike kaupade vedu raudteel (RID), 2018'),
    ],
    certifications: [],
    languages: [
      lang('ru', 'native', 'vene – emakeel'),
      lang('et', 'B2', 'eesti – B2'),
      lang('en', 'B1', 'inglise – B1'),
    ],
    skills: ['Läbirääkimised', 'Pingetaluvus', 'Raudteetariifid ja logistika', 'Excel, 1C, SAP'],
    clientBase: { activeAccounts: 18, annualRevenueEur: 7_500_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'organisation', 'stress_resistance'],
  },
  {
    id: 'et-h32-07-pdf-punktid-messikeskus-eksponentide-muuk-assistendist-tallinn',
    format: 'pdf',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Raud Seitse',
    email: 'seitse.raud3207@example.com',
    phone: '+372 5673 9104',
    contactLines: ['Tallinn, Kalamaja'],
    tagline: 'Messide müügiprojektijuht',
    headings: {
      profile: 'Profiil',
      work: 'Kogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen 30-aastane ja töötanud ürituste ja messide juures kaheksa aastat. Praegu müün messikeskuse kahe ' +
        'erialamessi – ehitusmessi ja toidumessi – eksponendikohti ning reklaami- ja sponsorpakette. 2025. aastal ' +
        'oli minu messidel 160 eksponenti Eestist, Soomest ja Lätist; nende boksid, reklaam ja sponsorlus tõid ' +
        'messikeskusele 1,2 mln €. Suhtlen peamiselt ettevõtete turundusjuhtide ja messikoordinaatoritega. Mulle ' +
        'meeldib, kui hommikul on saal tühi ja õhtuks seisab seal 200 boksi.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Müügiprojektijuht',
        'Balti Messikeskus AS',
        '2021-10',
        null,
        true,
        'okt 2021 – praegu',
        [
          'Eksponentide leidmine, boksipakkumised ja lepingud',
          'Sponsor- ja reklaamipakettide koostamine ja pakkumine',
          'Messiplaani koostamine koos projektimeeskonnaga',
          '2025. aasta ehitusmessil käis 38 000 külastajat',
        ],
        'Tallinn',
      ),
      job(
        'Ürituste assistent',
        'Balti Messikeskus AS',
        '2019-05',
        '2021-09',
        false,
        'mai 2019 – sept 2021',
        ['Eksponentide teenindamine messi ajal, ehituse ja lammutuse graafikud', 'Registreerimine ja infolaud'],
        'Tallinn',
      ),
      job(
        'Ürituste abiline',
        'Kontsertkorraldus Helin OÜ',
        '2018-06',
        '2019-04',
        false,
        'juuni 2018 – aprill 2019 (osalise ajaga)',
        ['Kontsertide ja firmaürituste ettevalmistus'],
        'Tallinn',
      ),
    ],
    education: [
      edu('bakalaureusekraad', 'Tallinna Ülikool, reklaam ja suhtekorraldus, bakalaureusekraad, 2015–2019', {
        field: 'reklaam ja suhtekorraldus',
        institution: 'Tallinna Ülikool',
        startYear: 2015,
        endYear: 2019,
      }),
    ],
    courses: [
      named('Rahvusvaheliste messide korraldamine (UFI)', 'Rahvusvaheliste messide korraldamine (UFI), 2023'),
      named('HubSpot CRM põhikursus', 'HubSpot CRM põhikursus, 2022'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('fi', 'B1', 'soome – B1'),
      lang('ru', 'A2', 'vene – A2'),
    ],
    skills: ['Organiseerimisoskus', 'Pingetaluvus', 'Suhtlemisoskus', 'HubSpot, Canva, Excel'],
    closing: [
      { kind: 'heading', text: 'Muu' },
      { kind: 'paragraph', text: 'Erasmus+ vahetussemester Turu Ülikoolis (Soome), kevad 2018.' },
    ],
    clientBase: { activeAccounts: 160, annualRevenueEur: 1_200_000, segment: 'international' },
    competencies: ['communication', 'organisation', 'stress_resistance'],
  },
  {
    id: 'et-h32-08-word-tabel-tooriiete-rent-pesula-vahetuse-juhist-kliendihaldur-tartu',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Raud Kaheksa',
    email: 'raud3208@example.net',
    phone: '+372 5122 6078',
    contactLines: ['Tartu, Ropka'],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Kutsetunnistus',
      languages: 'Keeleoskus',
      skills: 'Oskused ja omadused',
    },
    profile: [
      'Olen tööstuspesula ja tööriiete renditeenuse kliendihaldur. Enne müüki juhtisin viis aastat sama pesula ' +
        'vahetust, nii et tean täpselt, mida tähendab lubadus „puhtad riided igal esmaspäeval“. Minu kliendid on ' +
        '210 ettevõtet Tartu-, Jõgeva-, Viljandi- ja Põlvamaal: tootmised, autoteenindused, toitlustajad ja ' +
        'hooldekodud. Neile renditakse tööriideid, porimatte ja käterätikuid ning 2025. aastal arveldasime nendega ' +
        'kokku 1,05 mln €. Lepingu allkirjastab tavaliselt tootmisjuht või omanik, kes ka otsustab.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Kliendihaldur', 'Puhas Pesu Lõuna AS', '2017-04', null, true, 'aprill 2017 – tänaseni', [
        'uute lepingute sõlmimine ja olemasolevate pikendamine',
        'tööriiete valik ja mõõtmine koos kliendi tööohutusjuhiga',
        'kaebuste lahendamine ja teenuse kvaliteedi jälgimine',
        'pesulas pestakse nädalas ligi 40 tonni tekstiili, ringluses on 55 000 rõivaeset',
      ]),
      job('Vahetuse juht', 'Puhas Pesu Lõuna AS', '2012-02', '2017-03', false, 'veebruar 2012 – märts 2017', [
        'vahetuses 18 töötajat, tööde jaotus ja uute töötajate juhendamine',
        'pesuprogrammide ja kvaliteedi kontroll',
      ]),
      job('Pesulatöötaja', 'Puhas Pesu Lõuna AS', '2009-09', '2012-01', false, 'september 2009 – jaanuar 2012'),
    ],
    education: [
      edu('kutseharidus', 'Tartu Kutsehariduskeskus, puhastusteenindus, kutseharidus, 2007–2009', {
        field: 'puhastusteenindus',
        institution: 'Tartu Kutsehariduskeskus',
        startYear: 2007,
        endYear: 2009,
      }),
      edu('keskharidus', 'Tartu Annelinna Gümnaasium, keskharidus, 2007', {
        institution: 'Tartu Annelinna Gümnaasium',
        endYear: 2007,
      }),
    ],
    courses: [
      named('Tööohutus ja isikukaitsevahendid', 'Tööohutus ja isikukaitsevahendid, 2018'),
      named('Pipedrive CRM', 'Pipedrive CRM, 2020'),
    ],
    certifications: [named('Puhastusteenindaja, tase 4', 'Puhastusteenindaja, tase 4 (2011)')],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('ru', 'B1', 'vene keel – suhtlustasemel'),
      lang('en', 'B1', 'inglise keel – kesktase'),
    ],
    skills: ['Kliendikeskne', 'Juhendamine', 'Organiseerimisoskus', 'Excel, Pipedrive'],
    clientBase: { activeAccounts: 210, annualRevenueEur: 1_050_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'customer_focus', 'organisation'],
  },
  {
    id: 'et-h32-09-tekst-sildid-silokile-farmitarvikud-loomakasvatajast-muugiesindaja-viljandi',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Raud Üheksa',
    email: 'yheksa.raud.3209@example.org',
    phone: '5341 8862',
    contactLines: ['Viljandi vald'],
    headings: {
      profile: 'Enesetutvustus',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Tunnistused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen maalt pärit ja töötanud põllumajanduses terve elu – kõigepealt loomakasvatajana, siis varuosade letis ' +
        'ja alates 2015. aastast müügiesindajana. Pakun silokilet, võrke ja nööri, söödalisandeid ning lüpsi- ja ' +
        'laudatarvikuid. Käin iga päev taludes ja põllumajandusettevõtetes Viljandi-, Järva- ja Pärnumaal – kokku ' +
        'on mul umbes 230 klienti, kes ostsid 2025. aastal 1,4 mln € eest. Enamasti räägin otse talu peremehe või ' +
        'perenaisega, kes otsustab ise. Klientide karjades on kokku üle 20 000 veise.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Aeg', title: 'Ametikoht', employer: 'Tööandja', duties: 'Töö sisu' },
    jobs: [
      job(
        'Müügiesindaja',
        'Agrovaru AS',
        '2015-03',
        null,
        true,
        '03.2015 – praegu',
        [
          'talude külastused, tellimused ja tarned',
          'hooajapakkumised silokilele ja võrkudele',
          'uute klientide leidmine, eriti noorte talunike seas',
          'hooajal läheb minu kaudu ligi 9 000 rulli silokilet',
        ],
        'Viljandi',
      ),
      job(
        'Letimüüja',
        'Viljandi Agrotehnika OÜ',
        '2010',
        '2015-02',
        true,
        '2010 – 02.2015',
        ['traktorite ja põllutöömasinate varuosade müük letist', 'tellimused tarnijatelt'],
        'Viljandi',
      ),
      job(
        'Loomakasvataja',
        'Kolga-Jaani Põllumajandus OÜ',
        '2003',
        '2010',
        false,
        '2003 – 2010',
        ['lüpsikarja ja vasikate talitamine'],
        'Kolga-Jaani',
      ),
    ],
    education: [
      edu('kutsekeskharidus', 'Olustvere Teenindus- ja Maamajanduskool, põllumajandus, kutsekeskharidus, 1999–2003', {
        field: 'põllumajandus',
        institution: 'Olustvere Teenindus- ja Maamajanduskool',
        startYear: 1999,
        endYear: 2003,
      }),
    ],
    courses: [
      named('Silo kvaliteet ja sileerimine', 'Silo kvaliteet ja sileerimine, Eesti Maaülikool, 2017'),
      named('Taimekaitse täiendkoolitus', 'Taimekaitse täiendkoolitus, 2024'),
    ],
    certifications: [named('Taimekaitsetunnistus, 2. tase', 'Taimekaitsetunnistus, 2. tase (kehtib 2029. aastani)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('en', 'A2', 'inglise – natuke'),
    ],
    skills: ['Kliendisuhted', 'Kehtestav', 'Põllumajanduse tundmine', 'Juhiload B, BE ja T'],
    clientBase: { activeAccounts: 230, annualRevenueEur: 1_400_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['relationship_building', 'tact_assertiveness'],
  },
  {
    id: 'et-h32-10-pdf-kaks-veergu-laohaldustarkvara-laojuhatajast-account-executive-tallinn',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Raud Kümme',
    email: 'raud.kymme3210@example.com',
    phone: '+372 5900 2143',
    contactLines: ['Tallinn, Pirita', 'example.com/in/kandidaat-raud-3210'],
    tagline: 'Account Executive | laohaldustarkvara (WMS)',
    headings: {
      contact: 'Kontakt',
      profile: 'Kokkuvõte',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Sertifikaadid',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Juhtisin seitse aastat ladu, seejärel juurutasin laohaldustarkvara ja alates 2021. aastast müün seda. Minu ' +
        'kliendid on 34 logistika-, hulgi- ja e-kaubandusettevõtet Eestis, Lätis ja Soomes; nende aastane ' +
        'litsentsi- ja tugitasude maht (ARR) on 1,1 mln €. Lepingud allkirjastavad tegevjuhid ja ' +
        'logistikadirektorid, kes ka otsustavad. Klientide ladudes liigub päevas üle 60 000 tellimusrea.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Account Executive',
        'Laoaju Software OÜ',
        '2021-01',
        null,
        true,
        'jaan 2021 – praegu (5 a 10 k)',
        [
          'uute klientide leidmine ja müügitsükkel demost lepinguni',
          'olemasolevate klientide laiendused: uued laod, moodulid ja integratsioonid',
          'läbirääkimised hinna ja teenustaseme üle',
          'koostöö juurutusmeeskonnaga projekti üleandmisel',
        ],
        'Tallinn',
      ),
      job(
        'Juurutuskonsultant',
        'Laoaju Software OÜ',
        '2018-05',
        '2020-12',
        false,
        'mai 2018 – dets 2020 (2 a 8 k)',
        ['tarkvara juurutused klientide ladudes, kasutajakoolitused'],
        'Tallinn',
      ),
      job(
        'Laojuhataja',
        'Nordic Distribution AS',
        '2011-08',
        '2018-04',
        false,
        'aug 2011 – apr 2018 (6 a 9 k)',
        ['ladu 12 000 m², 35 töötajat kolmes vahetuses', 'laosüsteemi vahetusprojekt 2016'],
        'Maardu',
      ),
    ],
    education: [
      edu('magistrikraad', 'Tallinna Tehnikaülikool, logistika, magistrikraad, 2009–2011', {
        field: 'logistika',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2009,
        endYear: 2011,
      }),
      edu('bakalaureusekraad', 'Tallinna Tehnikaülikool, logistika, bakalaureusekraad, 2006–2009', {
        field: 'logistika',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2006,
        endYear: 2009,
      }),
    ],
    courses: [
      named('MEDDPICC müügimetoodika', 'MEDDPICC müügimetoodika, 2022'),
      named('Lean Warehouse', 'Lean Warehouse, 2015'),
    ],
    certifications: [
      named(
        'APICS CSCP (Certified Supply Chain Professional)',
        'APICS CSCP (Certified Supply Chain Professional), 2017',
      ),
    ],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – kõrgtase'),
      lang('ru', 'B2', 'vene – hea'),
      lang('fi', 'B1', 'soome – kesktase'),
    ],
    skills: ['Lahenduste müük', 'Analüütiline mõtlemine', 'Läbirääkimised', 'HubSpot, Excel, SQL-i põhitõed'],
    clientBase: { activeAccounts: 34, annualRevenueEur: 1_100_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'sales', 'teamwork'],
  },
  {
    id: 'et-h32-11-word-punktid-kulmaveod-veokijuhist-muugijuht-rae-vald',
    format: 'docx',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Raud Üksteist',
    email: 'raud3211.kulmaveod@example.org',
    phone: '+372 5278 3391',
    contactLines: ['Rae vald, Harjumaa'],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Tunnistused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Sõitsin kuus aastat ise külmaautoga, planeerisin viis aastat vedusid ja olen alates 2017. aastast ' +
        'külmavedude müügijuht. Minu kliendid on 45 toidutootjat ja hulgimüüjat Eestis ja Lätis: piima-, liha- ja ' +
        'kalatööstused ning külmutatud toodete maaletoojad. 2025. aastal arveldasime nendega 4,2 mln €. Hinna ja ' +
        'mahud lepin kokku klientide logistika- ja ostujuhtidega, kes vedaja valiku üle otsustavad. Meie autopargis ' +
        'on 48 külmhaagist ja 2025. aastal tegime üle 9 200 veo.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Müügijuht', 'Külmaveod Põhjala OÜ', '2017-03', null, true, '03.2017 – praegu', [
          'Hinnapakkumised ja aastalepingud',
          'Uute klientide leidmine Eestis ja Lätis',
          'Temperatuurinõuete ja auditite kokkulepped klientidega',
        ]),
        lines: ['Müügijuht | Külmaveod Põhjala OÜ | 03.2017 – praegu'],
      },
      {
        ...job('Transpordiplaneerija', 'Külmaveod Põhjala OÜ', '2012-01', '2017-02', false, '01.2012 – 02.2017', [
          'Vedude planeerimine ja autojuhtide graafikud',
          'Hilinemiste ja kaebuste lahendamine',
        ]),
        lines: ['Transpordiplaneerija | Külmaveod Põhjala OÜ | 01.2012 – 02.2017'],
      },
      {
        ...job('Veokijuht', 'Baltic Frost Transport OÜ', '2006-04', '2011-12', false, '04.2006 – 12.2011', [
          'Külmaveod Baltikumis ja Skandinaavias',
        ]),
        lines: ['Veokijuht | Baltic Frost Transport OÜ | 04.2006 – 12.2011'],
      },
    ],
    education: [
      edu('kutseharidus', 'Tallinna Transpordikool, autoveokijuht, kutseharidus, 2003–2006', {
        field: 'autoveokijuht',
        institution: 'Tallinna Transpordikool',
        startYear: 2003,
        endYear: 2006,
      }),
    ],
    courses: [
      named('Külmaahela juhtimine toidulogistikas', 'Külmaahela juhtimine toidulogistikas, 2019'),
      named('Excel logistikutele', 'Excel logistikutele, 2014'),
    ],
    certifications: [named('Veokorraldaja pädevustunnistus', 'Veokorraldaja pädevustunnistus (2013)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B2', 'vene – hea'),
      lang('en', 'B1', 'inglise – suhtlustasemel'),
      lang('lv', 'A2', 'läti – algtase'),
    ],
    skills: ['Läbirääkimised', 'Pingekindel', 'Planeerimine', 'Excel, Transporeon, TMS'],
    closing: [
      { kind: 'heading', text: 'Lisainfo' },
      {
        kind: 'paragraph',
        text: 'Juhiload B, C ja CE. Juhi ametikoolituse kaart (95-kood) kehtis kuni 2021, seda ma ei ole uuendanud.',
      },
    ],
    clientBase: { activeAccounts: 45, annualRevenueEur: 4_200_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'organisation', 'stress_resistance'],
  },
  {
    id: 'et-h32-12-tekst-pank-vaikeettevotete-kliendihaldur-kassast-johvi-venekeelne',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Raud Kaksteist',
    email: 'kaksteist.raud3212@example.net',
    phone: '+372 5612 4470',
    contactLines: ['Jõhvi'],
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen pangas Ida-Virumaa väikeettevõtete kliendihaldur. Minu portfellis on 260 ettevõtet Jõhvis, ' +
        'Kohtla-Järvel, Narvas ja Sillamäel – kauplused, töökojad, ehitusfirmad, toitlustajad ja teenusettevõtted. ' +
        'Pakun arvelduskontosid, laene, liisingut, makseterminale ja kindlustust ning hoian ettevõtjatega ' +
        'regulaarset kontakti. 2025. aastal teenis pank minu klientidelt 1,3 mln € intressi- ja teenustasutulu. ' +
        'Enamasti on mu vestluspartner omanik või juhatuse liige, kes otsustab ise. Minu klientide laenude ja ' +
        'liisingute jääk on kokku 38 mln €.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Väikeettevõtete kliendihaldur',
        'Põhja Pank AS',
        '2017-10',
        null,
        true,
        '10.2017 – hetkeni',
        [
          'laenu- ja liisingutaotluste ettevalmistus ning krediidikomitees kaitsmine',
          'klientide külastused ja aastaülevaated',
          'lisatoodete pakkumine: kindlustus, makseterminalid, e-poe lahendused',
          'uute klientide leidmine Ida-Virumaa ettevõtjate seas',
        ],
        'Jõhvi',
      ),
      job(
        'Klienditeenindaja',
        'Põhja Pank AS',
        '2014-03',
        '2017-09',
        false,
        '03.2014 – 09.2017',
        ['eraklientide teenindamine kontoris, kontode ja kaartide avamine'],
        'Kohtla-Järve',
      ),
      job('Kassapidaja', 'Virumaa Kaubandus OÜ', '2011-06', '2014-02', false, '06.2011 – 02.2014', undefined, 'Jõhvi'),
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Tallinna Tehnikaülikooli Virumaa kolledž, ärikorraldus, rakenduskõrgharidus, 2010–2014',
        {
          field: 'ärikorraldus',
          institution: 'Tallinna Tehnikaülikooli Virumaa kolledž',
          startYear: 2010,
          endYear: 2014,
        },
      ),
      edu('keskharidus', 'Jõhvi Vene Gümnaasium, keskharidus, 2010', {
        institution: 'Jõhvi Vene Gümnaasium',
        endYear: 2010,
      }),
    ],
    courses: [
      named('Krediidiriski hindamine väikeettevõtetes', 'Krediidiriski hindamine väikeettevõtetes, 2019'),
      named('Rahapesu tõkestamine', 'Rahapesu tõkestamine, 2025'),
    ],
    certifications: [],
    languages: [
      lang('ru', 'native', 'vene – emakeel'),
      lang('et', 'C1', 'eesti – C1 (kõrgtase, tasemeeksam 2013)'),
      lang('en', 'B2', 'inglise – B2'),
    ],
    skills: ['Finantsanalüüs', 'Klienditeenindus', 'Suhtlemisoskus', 'Excel, Word, panga süsteemid'],
    clientBase: { activeAccounts: 260, annualRevenueEur: 1_300_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'customer_focus', 'financial_analysis'],
  },
  {
    id: 'et-h32-13-pdf-sildid-spaahotell-konverentsi-ja-grupimuugi-juht-vastuvotust-parnu',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Raud Kolmteist',
    email: 'raud3213@example.org',
    phone: '+372 5551 2087',
    contactLines: ['Pärnu'],
    afterContact: [{ kind: 'paragraph', text: 'Sünniaeg: 14.06.1983 · Perekonnaseis: abielus, üks laps' }],
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeleoskus',
      skills: 'Isikuomadused',
    },
    profile: [
      'Olen hotellinduses töötanud 2005. aastast: vastuvõtus, broneerimisosakonna juhina ja alates 2014. aastast ' +
        'spaahotelli konverentsi- ja grupimüügi juhina. Müün konverentse, seminare, firmapidusid ja grupimajutust. ' +
        'Püsikliente on umbes 120 – ettevõtted, erialaliidud ja avalikud asutused üle Eesti ning reisibürood ' +
        'Soomes ja Lätis. 2025. aastal tõi konverentsi- ja grupimüük hotellile 1,7 mln €. Suhtlen enamasti ' +
        'assistentide ja ürituste korraldajatega. Hotellis on 160 tuba ja 9 saali ning aastas toimub meil ligi ' +
        '300 konverentsi.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Tööaeg', title: 'Amet', employer: 'Asutus', duties: 'Ülesanded ja tulemused' },
    jobs: [
      job(
        'Konverentsi- ja grupimüügi juht',
        'Rannapargi Spa Hotell OÜ',
        '2014-11',
        null,
        true,
        'November 2014 – praegu',
        [
          'konverentsi- ja grupipakkumised, lepingud ja ettemaksud',
          'aastahinnad ettevõtetele ja reisibüroodele',
          'messid ja müügivisiidid Tallinnas, Tartus ja Helsingis',
          '2025. aastal kasvas konverentsimüük 11%',
        ],
        'Pärnu',
      ),
      job(
        'Broneerimisosakonna juht',
        'Rannapargi Spa Hotell OÜ',
        '2009-04',
        '2014-10',
        false,
        'Aprill 2009 – Oktoober 2014',
        ['broneeringud, hinnastamine ja müügikanalite haldus', 'kolm broneerimisspetsialisti ja nende juhendamine'],
        'Pärnu',
      ),
      job(
        'Administraator',
        'Rannapargi Spa Hotell OÜ',
        '2005-06',
        '2009-03',
        false,
        'Juuni 2005 – Märts 2009',
        ['vastuvõtt, sisse- ja väljaregistreerimine, kassa'],
        'Pärnu',
      ),
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Tartu Ülikooli Pärnu kolledž, turismiettevõtlus ja hotellindus, rakenduskõrgharidus, 2001–2005',
        {
          field: 'turismiettevõtlus ja hotellindus',
          institution: 'Tartu Ülikooli Pärnu kolledž',
          startYear: 2001,
          endYear: 2005,
        },
      ),
    ],
    courses: [
      named('Tulujuhtimine hotellides', 'Tulujuhtimine hotellides, 2016'),
      named('Ürituste turundus sotsiaalmeedias', 'Ürituste turundus sotsiaalmeedias, 2021'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('en', 'C1', 'inglise keel – väga hea'),
      lang('fi', 'B2', 'soome keel – hea'),
      lang('ru', 'B1', 'vene keel – kesktase'),
      lang('de', 'A2', 'saksa keel – algtase'),
    ],
    skills: ['Suhtlemisoskus', 'Pingetaluvus', 'Organiseerimisoskus', 'Opera PMS, Excel, Mailchimp'],
    clientBase: { activeAccounts: 120, annualRevenueEur: 1_700_000, segment: 'international' },
    competencies: ['coaching', 'communication', 'organisation', 'stress_resistance'],
  },
  {
    id: 'et-h32-14-word-veerud-jaatmekaitlus-ariklientide-muugijuht-vallast-viimsi',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Kandidaat Raud Neliteist',
    email: 'neliteist3214@example.com',
    phone: '+372 5309 6615',
    contactLines: ['Viimsi vald, Harjumaa'],
    tagline: 'Ärikliendi müügijuht – jäätmekäitlus ja ringlussevõtt',
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
      'Tulin jäätmekäitlusse kohalikust omavalitsusest, kus korraldasin jäätmeveo hankeid – seadusi tunnen ' +
        'seestpoolt. Alates 2016. aastast pakun ettevõtetele jäätmevedu, konteinerite renti ja ringlussevõttu, ' +
        'alates 2020. aastast juhin ka ärikliendi müügitiimi. Minu enda portfellis on 95 suuremat klienti Tallinnas ' +
        'ja Harjumaal – kaubanduskeskused, tootmisettevõtted, ehitusobjektid ja logistikakeskused – kokku 2,4 mln € ' +
        'aastas. Lepingu allkirjastab enamasti omanik või finantsjuht, kes ka otsustab. Kogu tiimi portfellis on ' +
        'ligi 1 400 ärikliendi lepingut ja 11 mln € käivet.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Ärikliendi müügijuht',
        'Ringmajandus AS',
        '2020-02',
        null,
        true,
        '02.2020 – praegu',
        [
          'viieliikmelise müügitiimi juhtimine ja juhendamine',
          'oma 95 suurkliendi portfell ja hankepakkumised',
          'läbirääkimised hinnatõusude ja uute teenuste üle',
          'koostöö logistikaosakonnaga uute objektide käivitamisel',
        ],
        'Tallinn',
      ),
      job(
        'Ärikliendihaldur',
        'Ringmajandus AS',
        '2016-05',
        '2020-01',
        true,
        '05.2016 – 01.2020',
        ['väikeste ja keskmiste ettevõtete lepingud, konteinerite valik ja veograafikud'],
        'Tallinn',
      ),
      job(
        'Keskkonnaspetsialist',
        'Viimsi Vallavalitsus',
        '2010-09',
        '2016-04',
        false,
        '09.2010 – 04.2016',
        ['korraldatud jäätmeveo hanked ja järelevalve', 'elanike ja ettevõtete nõustamine'],
        'Viimsi',
      ),
    ],
    education: [
      edu('magistrikraad', 'Tallinna Ülikool, keskkonnakorraldus, magistrikraad, 2008–2010', {
        field: 'keskkonnakorraldus',
        institution: 'Tallinna Ülikool',
        startYear: 2008,
        endYear: 2010,
      }),
      edu('bsc', 'Tartu Ülikool, geograafia, BSc, 2005–2008', {
        field: 'geograafia',
        institution: 'Tartu Ülikool',
        startYear: 2005,
        endYear: 2008,
      }),
    ],
    courses: [
      named('Esmatasandi juhi arenguprogramm', 'Esmatasandi juhi arenguprogramm, 2020'),
      named('Ringmajandus ettevõttes', 'Ringmajandus ettevõttes, 2023'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – vabalt'),
      lang('ru', 'B2', 'vene – hea'),
      lang('sv', 'A2', 'rootsi – põhitase'),
    ],
    skills: ['Juhendamisoskus', 'Meeskonnatöö', 'Läbirääkimisoskus', 'Jäätmeseadus ja hanked', 'Excel, Pipedrive'],
    clientBase: { activeAccounts: 95, annualRevenueEur: 2_400_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'negotiation', 'teamwork'],
  },
  {
    id: 'et-h32-15-tekst-punktid-puu-ja-koogivilja-hulgimuuk-noor-muugiesindaja-tartu',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Raud Viisteist',
    email: 'viisteist.raud3215@example.net',
    phone: '5377 0482',
    contactLines: ['Tartu, Karlova', 'Sündinud 2001'],
    headings: {
      profile: 'Minust',
      work: 'Töö',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Lõpetasin 2023. aastal Maaülikoolis toiduainete tehnoloogia eriala ja läksin kohe müüki. Olen puu- ja ' +
        'köögiviljade hulgimüüja müügiesindaja: mu kliendid on 70 restorani, kohvikut, koolikööki ja väikepoodi ' +
        'Tartus ja Tartumaal. 2025. aastal ostsid nad meilt kaupa 640 000 € eest. Tellimusi ja otsuseid teevad ' +
        'restoranide peakokad ja omanikud – nendega saan kokku köögis, enne lõunat. Kooli ajal töötasin neli aastat ' +
        'toidupoes müüjana.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Müügiesindaja',
        'Värske Aed Hulgi OÜ',
        '2023-07',
        null,
        true,
        '07.2023 – ...',
        [
          'Restoranide ja poodide külastused, tellimused ja hooajapakkumised',
          'Uute klientide leidmine Tartus',
          'Kvaliteedikaebuste lahendamine koos laoga',
          'Meie laost väljub päevas ligi 30 tonni kaupa',
        ],
        'Tartu',
      ),
      job(
        'Müüja',
        'Toidumarket Annelinn OÜ',
        '2019-06',
        '2023-06',
        true,
        '06.2019 – 06.2023 (õpingute ajal osalise ajaga)',
        ['Puu- ja köögiviljaosakond, väljapanek ja klientide nõustamine'],
        'Tartu',
      ),
    ],
    education: [
      edu('bakalaureusekraad', 'Eesti Maaülikool, toiduainete tehnoloogia, bakalaureusekraad, 2020–2023', {
        field: 'toiduainete tehnoloogia',
        institution: 'Eesti Maaülikool',
        startYear: 2020,
        endYear: 2023,
      }),
      edu('keskharidus', 'Tartu Jaan Poska Gümnaasium, keskharidus, 2020', {
        institution: 'Tartu Jaan Poska Gümnaasium',
        endYear: 2020,
      }),
    ],
    courses: [named('Toiduhügieen ja HACCP', 'Toiduhügieen ja HACCP, 2023')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – B2'),
      lang('ru', 'A2', 'vene – A2'),
      lang('de', 'A2', 'saksa – A2'),
    ],
    skills: ['Suhtlemisoskus', 'Proaktiivne', 'Kliendikesksus', 'Juhiload B'],
    clientBase: { activeAccounts: 70, annualRevenueEur: 640_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'customer_focus', 'initiative'],
  },
  {
    id: 'et-h32-16-pdf-lupsiseadmed-zootehnikust-muugijuht-rooma-kuud-jogeva-1989',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Raud Kuusteist',
    email: 'raud.kuusteist3216@example.com',
    phone: '+372 5056 7731',
    contactLines: ['Jõgeva', 'Sündinud 1966'],
    tagline: 'Müügijuht – lüpsiseadmed ja laudatehnika',
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeleoskus',
      skills: 'Oskused',
    },
    profile: [
      'Olen loomakasvatuses olnud 1989. aastast: kolhoosi zootehnikuna, farmijuhatajana, lüpsiseadmete ' +
        'hooldustehnikuna ja alates 2010. aastast müügijuhina. Müün lüpsiroboteid, lüpsiplatse, jahutustanke ja ' +
        'laudasisustust piimafarmidele. Minu kliendid on 60 piimafarmi Jõgeva-, Tartu-, Viljandi- ja Järvamaal; ' +
        '2025. aastal ostsid nad seadmeid ja hoolduslepinguid 3,9 mln € eest. Investeerimisotsuse teevad farmide ' +
        'omanikud ja juhatuse liikmed – uue lauda projekti arutame nendega sageli mitu aastat. Klientide farmides ' +
        'on kokku ligi 14 000 lehma ja 42 minu müüdud lüpsirobotit.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Müügijuht',
        'Farmitehnika AS',
        '2010-03',
        null,
        true,
        'III 2010 – praegu',
        [
          'uute laudaprojektide pakkumised ja tasuvusarvutused',
          'projektide planeerimine koos ehitajate ja paigaldajatega',
          'põllumajandusmessid ja farmipäevad',
          'noorte müügiinimeste juhendamine',
        ],
        'Jõgeva',
      ),
      job(
        'Hooldustehnik',
        'Farmitehnika AS',
        '2004-05',
        '2010-02',
        false,
        'V 2004 – II 2010',
        ['lüpsiseadmete paigaldus ja hooldus, valvetööd'],
        'Jõgeva',
      ),
      job(
        'Farmijuhataja',
        'Vaimastvere Piim OÜ',
        '1993-04',
        '2004-04',
        false,
        'IV 1993 – IV 2004',
        ['laut 400 lehmaga, 14 töötajat'],
        'Vaimastvere',
      ),
      job(
        'Zootehnik',
        'Kolhoos Kalevipoeg',
        '1989-08',
        '1993-03',
        false,
        'VIII 1989 – III 1993',
        undefined,
        'Jõgevamaa',
      ),
    ],
    education: [
      edu('kõrgharidus', 'Eesti Põllumajanduse Akadeemia, zootehnika, kõrgharidus, 1984–1989', {
        field: 'zootehnika',
        institution: 'Eesti Põllumajanduse Akadeemia',
        startYear: 1984,
        endYear: 1989,
      }),
    ],
    courses: [
      named('Lüpsirobotite paigaldus ja seadistus', 'Lüpsirobotite paigaldus ja seadistus (Holland), 2011'),
      named('Piimafarmi investeeringu tasuvus', 'Piimafarmi investeeringu tasuvus, 2018'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('ru', 'B2', 'vene keel – hea'),
      lang('en', 'B1', 'inglise keel – suhtlustasemel'),
      lang('de', 'A2', 'saksa keel – algtase'),
    ],
    skills: ['Tehniline müük', 'Planeerimine', 'Juhendamine', 'Excel, Outlook', 'Juhiload B, BE ja C'],
    clientBase: { activeAccounts: 60, annualRevenueEur: 3_900_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'organisation', 'sales'],
  },
  {
    id: 'et-h32-17-word-pakkemasinad-kile-mehaanikust-tehniline-muugijuht-eesti-lati',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Raud Seitseteist',
    email: 'raud3217.pakend@example.org',
    phone: '+372 5848 1206',
    contactLines: ['Tallinn, Lasnamäe'],
    tagline: 'Tehniline müügijuht – pakkemasinad ja pakkematerjalid',
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeleoskus',
      skills: 'Oskused',
    },
    profile: [
      'Olen pakkemasinate ja -materjalide tehniline müügijuht. Masinaid tunnen seestpoolt – viis aastat ' +
        'paigaldasin ja remontisin neid ise. Pakun kilepakkemasinaid, alustemähkijaid ja teibimasinaid ning nende ' +
        'jaoks venituskilet ja teipi. Minu kliendid on 40 tootmis- ja logistikaettevõtet Eestis ja Lätis; 2025. ' +
        'aastal ostsid nad meilt masinaid, materjale ja hooldust 2,1 mln € eest. Suuremad investeeringud ' +
        'otsustavad tootmisdirektorid ja omanikud, materjalitellimusi teevad laojuhid.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Tehniline müügijuht',
          'Pakketehnika Baltic OÜ',
          '2014-09',
          null,
          true,
          'september 2014 – praegu',
          [
            'liinide kaardistamine, lahenduse valik ja pakkumine',
            'proovipakkimised kliendi tootega meie demoruumis',
            'hoolduslepingud ja kulumaterjalide aastalepingud',
            'koostöös hooldustehnikutega seadmete üleandmine kliendile',
          ],
          'Tallinn',
        ),
        lines: ['Tehniline müügijuht – Pakketehnika Baltic OÜ', 'september 2014 – praegu · Tallinn'],
      },
      {
        ...job('Hooldusmehaanik', 'Pakketehnika Baltic OÜ', '2009-06', '2014-08', false, 'juuni 2009 – august 2014', [
          'pakkemasinate paigaldus, seadistus ja remont Eestis ja Lätis',
        ]),
        lines: ['Hooldusmehaanik – Pakketehnika Baltic OÜ', 'juuni 2009 – august 2014 · Tallinn'],
      },
      {
        ...job('Lukksepp', 'Tallinna Masinatehas AS', '2005-08', '2009-05', false, 'august 2005 – mai 2009'),
        lines: ['Lukksepp – Tallinna Masinatehas AS', 'august 2005 – mai 2009 · Tallinn'],
      },
    ],
    education: [
      edu('kutseharidus', 'Tallinna Polütehnikum, mehhatroonika, kutseharidus, 2002–2005', {
        field: 'mehhatroonika',
        institution: 'Tallinna Polütehnikum',
        startYear: 2002,
        endYear: 2005,
      }),
    ],
    courses: [
      named('Pakkematerjalid ja ringlussevõtt', 'Pakkematerjalid ja ringlussevõtt, 2021'),
      named('Pneumaatika ja PLC alused', 'Pneumaatika ja PLC alused, 2010'),
    ],
    certifications: [],
    languages: [
      lang('ru', 'native', 'vene keel – emakeel'),
      lang('et', 'C1', 'eesti keel – C1'),
      lang('en', 'B2', 'inglise keel – B2'),
      lang('lv', 'A2', 'läti keel – algtase'),
    ],
    skills: ['Tehniline müük', 'Läbirääkimisoskus', 'Probleemide lahendamine', 'AutoCAD, Excel, Directo'],
    clientBase: { activeAccounts: 40, annualRevenueEur: 2_100_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'sales', 'teamwork'],
  },
  {
    id: 'et-h32-18-tekst-tabel-saematerjal-meistrist-ekspordijuht-aasta-punkt-voru',
    format: 'txt',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Raud Kaheksateist',
    email: 'raud3218@example.net',
    phone: '+372 5212 9064',
    contactLines: ['Võru'],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      workTable: ['Aeg', 'Tööandja', 'Amet'],
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen saetööstuses töötanud 2002. aastast: saeveski meistrina, logistikuna ja alates 2012. aastast ' +
        'ekspordijuhina. Müün höövel- ja saematerjali puiduhulgimüüjatele ja ehitusmaterjalide kettidele ' +
        'Suurbritannias, Taanis ja Hollandis – kokku 22 püsikliendile, kellele müüsime 2025. aastal 14 mln € eest. ' +
        'Hinnad ja kvartali kogused lepin kokku klientide ostujuhtidega, kes otsustavad, kust nad puitu ostavad. ' +
        'Saeveski toodab aastas ligi 180 000 m³ saematerjali.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Ekspordijuht', 'Võru Saeveski AS', '2012', null, true, '2012. a – praegu', [
        'hinnapakkumised, kvartalilepingud ja laevagraafikud',
        'klientide külastused ja messid Frankfurdis ja Birminghamis',
        'tootmisplaani ja laadimiste kokkulepped tootmisjuhiga',
      ]),
      job('Logistik', 'Võru Saeveski AS', '2008', '2012', false, '2008.–2012. a', [
        'laadimised, konteinerid ja ekspordidokumendid',
      ]),
      job('Saeveski meister', 'Võru Saeveski AS', '2002', '2008', false, '2002.–2008. a', [
        'vahetuse juhtimine, 20 töötajat',
      ]),
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Eesti Maaülikool, puidutöötlemise tehnoloogia, rakenduskõrgharidus, 2004–2008 (töö kõrvalt)',
        {
          field: 'puidutöötlemise tehnoloogia',
          institution: 'Eesti Maaülikool',
          startYear: 2004,
          endYear: 2008,
        },
      ),
      edu('kutsekeskharidus', 'Luua Metsanduskool, puidutöötlemine, kutsekeskharidus, 1998–2002', {
        field: 'puidutöötlemine',
        institution: 'Luua Metsanduskool',
        startYear: 1998,
        endYear: 2002,
      }),
    ],
    courses: [
      named('Ekspordi alused', 'Ekspordi alused, EAS, 2013'),
      named(
        'Saematerjali sorteerimine standardi EN 1611 järgi',
        'Saematerjali sorteerimine standardi EN 1611 järgi, 2010',
      ),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – vabalt'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('de', 'A2', 'saksa – algtase'),
    ],
    skills: ['Läbirääkimisoskus', 'Ettevõtlik', 'Puidu kvaliteedi tundmine', 'Excel, Directo'],
    clientBase: { activeAccounts: 22, annualRevenueEur: 14_000_000, segment: 'international', decisionMakers: true },
    competencies: ['entrepreneurship', 'negotiation'],
  },
  {
    id: 'et-h32-19-pdf-kaks-veergu-tellimusbussid-bussijuhist-muugijuht-tallinn',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Raud Üheksateist',
    email: 'raud.yheksateist3219@example.org',
    phone: '+372 5443 0918',
    contactLines: ['Tallinn, Nõmme'],
    tagline: 'Müügijuht – tellimusveod ja ürituste transport',
    headings: {
      contact: 'Kontakt',
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Tunnistused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen bussiettevõttes töötanud 2008. aastast: seitse aastat roolis, neli aastat liiniplaneerijana ja ' +
        'alates 2019. aastast müügijuhina. Pakun tellimusvedusid ettevõtetele, reisibüroodele, koolidele ja ' +
        'ürituste korraldajatele – firmapäevad, konverentside transfeerid, kontserdid ja välisreisid. Püsikliente ' +
        'on 130 üle Eesti ning 2025. aastal tõid nad 2,2 mln € käivet. Igal suvel sõidavad meie 35 bussi kokku ' +
        'ligi 2 miljonit kilomeetrit.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Müügijuht (tellimusveod)',
        'Põhjaranniku Bussid AS',
        '2019-04',
        null,
        true,
        'aprill 2019 – praegu',
        [
          'hinnapakkumised ja aastalepingud reisibüroodega',
          'suurürituste transpordi planeerimine ja hanked',
          'uute ettevõtete leidmine, kohtumised ja esitlused',
          'koostöö dispetšeritega, et bussid ja juhid oleksid õigel ajal õiges kohas',
        ],
        'Tallinn',
      ),
      job(
        'Liiniplaneerija',
        'Põhjaranniku Bussid AS',
        '2015-03',
        '2019-03',
        false,
        'märts 2015 – märts 2019',
        ['sõidugraafikud ja juhtide töögraafikud'],
        'Tallinn',
      ),
      job(
        'Bussijuht',
        'Põhjaranniku Bussid AS',
        '2008-05',
        '2015-02',
        false,
        'mai 2008 – veebruar 2015',
        ['tellimus- ja liiniveod Eestis ja Euroopas'],
        'Tallinn',
      ),
    ],
    education: [
      edu('rakenduskõrgharidus', 'Eesti Ettevõtluskõrgkool Mainor, ärijuhtimine, rakenduskõrgharidus, 2016–2020', {
        field: 'ärijuhtimine',
        institution: 'Eesti Ettevõtluskõrgkool Mainor',
        startYear: 2016,
        endYear: 2020,
      }),
      edu('kutseharidus', 'Tallinna Transpordikool, bussijuht, kutseharidus, 2006–2008', {
        field: 'bussijuht',
        institution: 'Tallinna Transpordikool',
        startYear: 2006,
        endYear: 2008,
      }),
    ],
    courses: [
      named('Grupireiside korraldamine', 'Grupireiside korraldamine, 2019'),
      named('Hangetes osalemine pakkujana', 'Hangetes osalemine pakkujana, 2021'),
    ],
    certifications: [
      named('Bussijuhi ametikoolitus (95-kood)', 'Bussijuhi ametikoolitus (95-kood), kehtib 2028. aastani'),
    ],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('ru', 'C1', 'vene keel – vabalt'),
      lang('en', 'B2', 'inglise keel – hea'),
      lang('fi', 'B1', 'soome keel – suhtlustasemel'),
      lang('de', 'A2', 'saksa keel – algtase'),
    ],
    skills: ['Planeerimine', 'Pingetaluvus', 'Suhtlemisoskus', 'Excel, Pipedrive'],
    clientBase: { activeAccounts: 130, annualRevenueEur: 2_200_000, segment: 'national' },
    competencies: ['communication', 'organisation', 'stress_resistance', 'teamwork'],
  },
  {
    id: 'et-h32-20-word-sildid-e-arvete-platvorm-raamatupidajast-kliendihaldur-tartu',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Raud Kakskümmend',
    email: 'raud3220.earve@example.com',
    phone: '+372 5761 3382',
    contactLines: ['Tartu, Ülejõe'],
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
      'Olin kuus aastat raamatupidaja ja tean, kui palju aega kulub ostuarvetele. Nüüd olen ostuarvete ja ' +
        'e-arvete platvormi kliendihaldur: hoian 180 ettevõtte kliendisuhet üle Eesti, pikendan lepinguid, pakun ' +
        'lisamooduleid ja leian raamatupidamisbüroode kaudu uusi kliente. Minu klientide aastane tellimustasu (ARR) ' +
        'on 720 000 €. Ostu üle otsustavad finantsjuhid ja pearaamatupidajad. Platvormi kaudu liigub aastas üle ' +
        '9 miljoni arve.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Kuupäevad', title: 'Roll', employer: 'Organisatsioon', duties: 'Tööülesanded' },
    jobs: [
      job(
        'Kliendihaldur',
        'Arveldus Cloud OÜ',
        '2020-08',
        null,
        true,
        '08.2020 – praegu',
        [
          'lepingute pikendamine ja hinnaläbirääkimised',
          'lisamoodulite pakkumine olemasolevatele klientidele',
          'raamatupidamisbüroode partnerprogramm ja uued kliendid',
          'juurutuste planeerimine koos tugimeeskonnaga',
        ],
        'Tartu',
      ),
      job(
        'Klienditoe spetsialist',
        'Arveldus Cloud OÜ',
        '2018-09',
        '2020-07',
        false,
        '09.2018 – 07.2020',
        ['klientide küsimused telefonis ja e-kirjas', 'kasutajakoolitused veebis'],
        'Tartu',
      ),
      job(
        'Raamatupidaja',
        'Tartu Raamatupidamisbüroo OÜ',
        '2012-06',
        '2018-08',
        false,
        '06.2012 – 08.2018',
        ['25 väikeettevõtte raamatupidamine, käibedeklaratsioonid ja aastaaruanded'],
        'Tartu',
      ),
    ],
    education: [
      edu('bakalaureusekraad', 'Tartu Ülikool, majandusteadus, bakalaureusekraad, 2009–2012', {
        field: 'majandusteadus',
        institution: 'Tartu Ülikool',
        startYear: 2009,
        endYear: 2012,
      }),
    ],
    courses: [
      named('SaaS-i kliendihaldus ja kliendi eluring', 'SaaS-i kliendihaldus ja kliendi eluring, 2021'),
      named('Läbirääkimised tarkvaramüügis', 'Läbirääkimised tarkvaramüügis, 2023'),
    ],
    certifications: [named('Raamatupidaja, tase 5', 'Raamatupidaja, tase 5 (kutsetunnistus, 2015)')],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('en', 'B2', 'inglise keel – B2'),
      lang('ru', 'B1', 'vene keel – B1'),
    ],
    skills: ['Finantsteadmised', 'Kliendikesksus', 'Proaktiivne', 'Excel, HubSpot, Merit, Directo'],
    clientBase: { activeAccounts: 180, annualRevenueEur: 720_000, segment: 'national', decisionMakers: true },
    competencies: ['customer_focus', 'financial_analysis', 'initiative', 'organisation'],
  },
  {
    id: 'et-h32-21-tekst-kaks-veergu-kinnisvarahooldus-objektijuhist-votmekliendihaldur-tallinn',
    format: 'txt',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Raud Kakskümmend Üks',
    email: 'raud3221.hooldus@example.net',
    phone: '+372 5129 4407',
    contactLines: ['Tallinn, Kesklinn'],
    headings: {
      contact: 'Kontakt',
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      certifications: 'Kutsetunnistus',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen kinnisvara hooldusteenuste võtmekliendihaldur. Alustasin hooldustehnikuna, juhtisin kuus aastat ' +
        'objekte ja alates 2018. aastast hoian ettevõtte suurimaid kliente. Mul on 14 suurklienti – ' +
        'kinnisvarafondid ning büroohoonete ja kaubanduskeskuste omanikud Tallinnas ja Tartus; nende lepingute ' +
        'aastane maht on 5,6 mln €. Lepingute üle otsustavad fondide varahaldurid ja omanikud. Hooldame kokku ' +
        'ligi 420 000 m² pinda ja meil töötab 120 tehnikut.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Võtmekliendihaldur', 'Hoonehooldus Partner AS', '2018-01', null, true, '01.2018 – praegu', [
          'raamlepingute läbirääkimised ja pikendamised',
          'teenustaseme (SLA) ülevaatused klientidega kord kvartalis',
          'lisatööde ja energiasäästuprojektide pakkumised',
          'hangetes osalemine',
        ]),
        lines: ['Võtmekliendihaldur', 'Hoonehooldus Partner AS, Tallinn', '01.2018 – praegu'],
      },
      {
        ...job('Objektijuht', 'Hoonehooldus Partner AS', '2012-02', '2017-12', false, '02.2012 – 12.2017', [
          'kuue büroohoone hooldus, 18 tehnikut',
          'alltöövõtjate töö ja eelarve',
        ]),
        lines: ['Objektijuht', 'Hoonehooldus Partner AS, Tallinn', '02.2012 – 12.2017'],
      },
      {
        ...job('Hooldustehnik', 'Hoonehooldus Partner AS', '2007-05', '2012-01', false, '05.2007 – 01.2012'),
        lines: ['Hooldustehnik', 'Hoonehooldus Partner AS, Tallinn', '05.2007 – 01.2012'],
      },
    ],
    education: [
      edu('rakenduskõrgharidus', 'Tallinna Tehnikakõrgkool, kinnisvarakorraldus, rakenduskõrgharidus, 2008–2012', {
        field: 'kinnisvarakorraldus',
        institution: 'Tallinna Tehnikakõrgkool',
        startYear: 2008,
        endYear: 2012,
      }),
      edu('kutseharidus', 'Tallinna Ehituskool, hoonete tehnosüsteemid, kutseharidus, 2004–2007', {
        field: 'hoonete tehnosüsteemid',
        institution: 'Tallinna Ehituskool',
        startYear: 2004,
        endYear: 2007,
      }),
    ],
    courses: [],
    certifications: [named('Kinnisvarahaldur, tase 5', 'Kinnisvarahaldur, tase 5 (kehtib kuni 2028)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B2', 'vene – hea'),
      lang('en', 'B2', 'inglise – hea'),
      lang('fi', 'A2', 'soome – natuke'),
    ],
    skills: ['Kehtestav', 'Suhete loomine', 'Läbirääkimised', 'Excel, SAP, Fixit'],
    clientBase: { activeAccounts: 14, annualRevenueEur: 5_600_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building', 'tact_assertiveness'],
  },
  {
    id: 'et-h32-22-pdf-punktid-kontorivesi-kohv-baristast-telemuuja-ei-portfelli',
    format: 'pdf',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Raud Kakskümmend Kaks',
    email: 'raud3222@example.org',
    phone: '+372 5938 6627',
    contactLines: ['Tallinn, Kopli'],
    tagline: 'Telemüüja, soovin kasvada kliendihalduriks',
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen 27-aastane. Viis aastat töötasin kohvikutes baristana ja alates 2024. aasta veebruarist pakun ' +
        'telefoni teel kontoritele veeautomaate, kohvimasinaid ja nende hooldust. Helistan päevas umbes 80 ' +
        'ettevõttele, kuus lepin kokku keskmiselt 25 kohtumist (eesmärk 20) ja väiksemad lepingud sõlmin ise ' +
        'telefonis. Oma kliendiportfelli mul ei ole – suuremad kliendid lähevad välimüüjatele. Järgmine samm võiks ' +
        'olla kliendihalduri töö.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Telemüüja',
        'Kontorivesi OÜ',
        '2024-02',
        null,
        true,
        '02/2024 – praegu',
        [
          'Külmkõned ja veebipäringute läbihelistamine',
          'Kohtumiste kokkuleppimine välimüüjatele',
          'Väikelepingute sõlmimine telefonis',
          'Pipedrive’i andmete korrashoid',
        ],
        'Tallinn',
      ),
      job(
        'Barista',
        'Kohvik Uba OÜ',
        '2021-03',
        '2024-01',
        false,
        '03/2021 – 01/2024',
        ['Vahetusevanem alates 2022. aastast'],
        'Tallinn',
      ),
      job('Barista', 'Paus Kohvikud OÜ', '2019-05', '2021-02', false, '05/2019 – 02/2021', undefined, 'Tallinn'),
    ],
    education: [
      edu('keskharidus', 'Tallinna Kristiine Gümnaasium, keskharidus, 2018', {
        institution: 'Tallinna Kristiine Gümnaasium',
        endYear: 2018,
      }),
    ],
    courses: [
      named('Telefonimüügi baaskursus', 'Telefonimüügi baaskursus, 2024'),
      named('Kohvi valmistamine ja latte art', 'Kohvi valmistamine ja latte art, 2019'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – B2'),
      lang('ru', 'B1', 'vene – B1'),
    ],
    skills: ['Suhtlemisoskus', 'Pingekindel', 'Algatusvõime', 'Pipedrive, Aircall, Google Sheets'],
    closing: [
      { kind: 'heading', text: 'Lisainfo' },
      {
        kind: 'paragraph',
        text: 'Õppisin 2018–2020 Tallinna Ülikoolis turundust, õpingud jäid pooleli. Juhiload B.',
      },
    ],
    clientBase: null,
    competencies: ['communication', 'initiative', 'stress_resistance'],
  },
  {
    id: 'et-h32-23-word-lennukaup-ekspedeerijast-muugijuht-fiata-iata-tallinn',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Raud Kakskümmend Kolm',
    email: 'raud3223.lennukaup@example.com',
    phone: '+372 5480 2259',
    contactLines: ['Tallinn, Kadriorg'],
    tagline: 'Müügijuht – lennukaup',
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
      'Olen lennukauba müügijuht kaubalennufirmade üldagendi juures. Müün lennuvedude mahtu ' +
        'ekspedeerimisfirmadele ja otse eksportijatele: elektroonika, ravimid, varuosad ja kala. Minu kliendid on ' +
        '50 ekspedeerijat ja tootjat Eestis ja Lätis; 2025. aastal tõid nad meile 3,3 mln € veotulu. Hinnad ja ' +
        'mahud lepin kokku ekspedeerimisfirmade juhtide ja eksportijate logistikajuhtidega, kes otsustavad, ' +
        'kellega nad lendavad. Tallinna lennujaamast läks 2025. aastal meie kaudu ligi 6 800 tonni kaupa.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Müügijuht (lennukaup)',
        'Baltic Air Cargo GSA OÜ',
        '2020-06',
        null,
        true,
        '06.2020 – praegu',
        [
          'hinnapakkumised ja aastased mahulepingud',
          'uute klientide leidmine Eestis ja Lätis',
          'ohtlike ja temperatuuritundlike saadetiste lahendused',
        ],
        'Tallinn',
      ),
      job(
        'Müügiesindaja',
        'Baltic Air Cargo GSA OÜ',
        '2017-02',
        '2020-05',
        true,
        '02.2017 – 05.2020',
        ['ekspedeerijate külastused, päringud ja hinnad'],
        'Tallinn',
      ),
      job(
        'Ekspedeerija',
        'Nordline Logistics AS',
        '2013-08',
        '2017-01',
        false,
        '08.2013 – 01.2017',
        ['lennu- ja meresaadetiste korraldus, tollidokumendid'],
        'Tallinn',
      ),
    ],
    education: [
      edu('bba', 'Estonian Business School, rahvusvaheline ärijuhtimine, BBA, 2010–2013', {
        field: 'rahvusvaheline ärijuhtimine',
        institution: 'Estonian Business School',
        startYear: 2010,
        endYear: 2013,
      }),
    ],
    courses: [named('Lennukauba hinnastamine', 'Lennukauba hinnastamine, IATA, 2019')],
    certifications: [
      named('FIATA diploma rahvusvahelises ekspedeerimises', 'FIATA diploma rahvusvahelises ekspedeerimises (2016)'),
      named(
        'IATA Dangerous Goods Regulations, kategooria 3',
        'IATA Dangerous Goods Regulations, kategooria 3 (kehtib 2027. aastani)',
      ),
    ],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('ru', 'B2', 'vene – B2'),
      lang('fi', 'A2', 'soome – A2'),
    ],
    skills: ['Läbirääkimisoskus', 'Ärivaist', 'Täpsus', 'CargoWise, Excel'],
    clientBase: { activeAccounts: 50, annualRevenueEur: 3_300_000, segment: 'international', decisionMakers: true },
    competencies: ['entrepreneurship', 'negotiation'],
  },
  {
    id: 'et-h32-24-tekst-tabel-maarderained-lukksepast-muugiesindaja-parnu-1994',
    format: 'txt',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Raud Kakskümmend Neli',
    email: 'raud3224@example.com',
    phone: '5126 8843',
    contactLines: ['Pärnu', 'Sündinud 1974'],
    headings: {
      profile: 'Lühidalt',
      work: 'Töökogemus',
      workTable: ['Amet', 'Aeg', 'Tööandja'],
      education: 'Haridus',
      courses: 'Koolitused',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    workTableOrder: ['title', 'period', 'employer'],
    profile: [
      'Olen 32 aastat olnud autode ja masinate juures: lukksepana, tanklajuhatajana ja alates 2007. aastast ' +
        'määrdeainete ja autokeemia müügiesindajana. Minu kliendid on 150 töökoda, transpordifirmat, ' +
        'põllumajandus- ja tööstusettevõtet Pärnu-, Viljandi- ja Läänemaal. 2025. aastal ostsid nad meilt 1,9 mln € ' +
        'eest. Töökodade omanikud otsustavad ise, mida nad riiulile panevad, ja nendega ma räägin.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Müügiesindaja', 'Lääne Õlid OÜ', '2007', null, true, '2007 – praegu', [
        'töökodade ja tehaste külastused, tellimused',
        'õlianalüüside ja määrdekavade pakkumine klientidele',
        'uued kliendid põllumajanduses ja metsanduses',
      ]),
      job('Tanklajuhataja', 'Pärnu Kütus AS', '2000', '2006', false, '2000 – 2006', [
        'tankla ja kaupluse juhtimine, 8 töötajat',
      ]),
      job('Autoremondilukksepp', 'Pärnu Autoremont', '1994', '2000', false, '1994 – 2000'),
    ],
    education: [
      edu('kutsekeskharidus', 'Pärnu Kutsekeskkool, automehaanik, kutsekeskharidus, 1990–1994', {
        field: 'automehaanik',
        institution: 'Pärnu Kutsekeskkool',
        startYear: 1990,
        endYear: 1994,
      }),
    ],
    courses: [
      named('Määrdeainete tehnoloogia', 'Määrdeainete tehnoloogia, 2008'),
      named('Õlianalüüside tõlgendamine', 'Õlianalüüside tõlgendamine, 2017'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('en', 'A2', 'inglise – algtase'),
      lang('fi', 'A2', 'soome – natuke'),
    ],
    skills: ['Kliendisuhted', 'Tehnikateadmised', 'Ettevõtlik', 'Juhiload B ja C'],
    clientBase: { activeAccounts: 150, annualRevenueEur: 1_900_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['entrepreneurship', 'relationship_building'],
  },
  {
    id: 'et-h32-25-pdf-pank-kaubandusrahastus-teenindajast-suhtejuht-tallinn',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Raud Kakskümmend Viis',
    email: 'raud.kakskymmendviis3225@example.net',
    phone: '+372 5311 7902',
    contactLines: ['Tallinn, Kadriorg'],
    tagline: 'Suhtejuht – ettevõtete pangandus ja kaubandusrahastus',
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Sertifikaadid',
      languages: 'Keeled',
      skills: 'Kompetentsid',
    },
    profile: [
      'Olen pangas töötanud 2002. aastast: teenindajana, krediidianalüütikuna, ärikliendihaldurina ja alates ' +
        '2018. aastast kaubandusrahastuse suhtejuhina. Minu kliendid on 40 eksportivat ja importivat ettevõtet üle ' +
        'Eesti – tootjad, hulgimüüjad ja ehitusettevõtted. Pakun neile garantiisid, akreditiive, faktooringut ja ' +
        'ekspordi rahastust. 2025. aastal teenis pank minu klientidelt 2,6 mln € tasu- ja intressitulu. Tehingud ' +
        'lepin kokku finantsdirektorite ja juhatuse liikmetega, kes otsustavad. Minu klientide garantiide ja ' +
        'akreditiivide maht on kokku 210 mln €.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Suhtejuht (kaubandusrahastus)',
        'Läänemere Pank AS',
        '2018-09',
        null,
        true,
        '09.2018 – praegu',
        [
          'klientide rahastusvajaduse hindamine ja tehingute struktureerimine',
          'läbirääkimised tingimuste ja tagatiste üle',
          'koostöö krediidiosakonna ja korrespondentpankadega',
          'uute eksportijate leidmine',
        ],
        'Tallinn',
      ),
      job(
        'Ärikliendihaldur',
        'Läänemere Pank AS',
        '2011-03',
        '2018-08',
        true,
        '03.2011 – 08.2018',
        ['80 väikese ja keskmise ettevõtte portfell Tallinnas'],
        'Tallinn',
      ),
      job(
        'Krediidianalüütik',
        'Läänemere Pank AS',
        '2006-01',
        '2011-02',
        false,
        '01.2006 – 02.2011',
        undefined,
        'Tallinn',
      ),
      job('Teenindaja', 'Läänemere Pank AS', '2002-06', '2005-12', false, '06.2002 – 12.2005', undefined, 'Tallinn'),
    ],
    education: [
      edu('mba', 'Estonian Business School, MBA, 2012–2014', {
        institution: 'Estonian Business School',
        startYear: 2012,
        endYear: 2014,
      }),
      edu('bakalaureus', 'Tallinna Tehnikaülikool, rahvusvaheline majandus, bakalaureus, 1998–2002', {
        field: 'rahvusvaheline majandus',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 1998,
        endYear: 2002,
      }),
    ],
    courses: [
      named('Dokumentaalakreditiivid (UCP 600)', 'Dokumentaalakreditiivid (UCP 600), ICC, 2019'),
      named('Kaubandusrahastuse alused', 'Kaubandusrahastuse alused, 2018'),
    ],
    certifications: [
      named('CDCS (Certified Documentary Credit Specialist)', 'CDCS (Certified Documentary Credit Specialist), 2020'),
    ],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('en', 'C1', 'inglise keel – C1'),
      lang('ru', 'B2', 'vene keel – B2'),
      lang('de', 'B1', 'saksa keel – B1'),
    ],
    skills: ['Finantsanalüüs', 'Läbirääkimisoskus', 'Suhete loomine', 'Excel, Bloomberg'],
    clientBase: { activeAccounts: 40, annualRevenueEur: 2_600_000, segment: 'national', decisionMakers: true },
    competencies: ['financial_analysis', 'negotiation', 'relationship_building', 'teamwork'],
  },
  {
    id: 'et-h32-26-word-punktid-ostujuht-tahab-muugi-poolele-rakvere-ei-portfelli',
    format: 'docx',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Raud Kakskümmend Kuus',
    email: 'raud3226.ost@example.org',
    phone: '+372 5267 1148',
    contactLines: ['Rakvere'],
    tagline: 'Ostujuht, kes soovib liikuda võtmekliendihalduse juurde',
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      education: 'Haridus',
      courses: 'Koolitused',
      certifications: 'Sertifikaadid',
      languages: 'Keeled',
      skills: 'Oskused',
    },
    profile: [
      'Olen üle kümne aasta ostnud tööstusele: tihendeid, voolikuid, laagreid, pakendeid ja metalli. Olen ' +
        'istunud teisel pool lauda sadadel müügikohtumistel ja tean, millised müügiinimesed jäävad meelde ja ' +
        'kellega leping sõlmitakse. Nüüd tahan liikuda teisele poolele – võtmekliendihalduriks tööstuskomponentide ' +
        'või pakendite firmas. Praeguses töös vastutan 60 tarnija eest ja aastane ostumaht on ligi 8 mln €. Oma ' +
        'kliente mul seni olnud ei ole.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Ostujuht',
        'Virumaa Metallitööstus AS',
        '2019-01',
        null,
        false,
        '01.2019 – praegu',
        [
          '60 tarnija haldamine, aastased ostulepingud ja hinnaläbirääkimised',
          'Tarnijate auditid ja hindamine',
          'Kolme ostuspetsialisti juhendamine',
        ],
        'Rakvere',
      ),
      job(
        'Ostuspetsialist',
        'Virumaa Metallitööstus AS',
        '2015-04',
        '2018-12',
        false,
        '04.2015 – 12.2018',
        ['Materjalide ja varuosade tellimine, tarneaegade jälgimine'],
        'Rakvere',
      ),
      job(
        'Laojuhataja',
        'Rakvere Tööstuspark OÜ',
        '2010-08',
        '2015-03',
        false,
        '08.2010 – 03.2015',
        ['Tooraine- ja valmistoodangu ladu, 6 töötajat'],
        'Rakvere',
      ),
    ],
    education: [
      edu('rakenduskõrgharidus', 'Tallinna Tehnikakõrgkool, logistika, rakenduskõrgharidus, 2006–2010', {
        field: 'logistika',
        institution: 'Tallinna Tehnikakõrgkool',
        startYear: 2006,
        endYear: 2010,
      }),
      edu('keskharidus', 'Rakvere Gümnaasium, keskharidus, 2006', { institution: 'Rakvere Gümnaasium', endYear: 2006 }),
    ],
    courses: [
      named('Tarneahela juhtimine', 'Tarneahela juhtimine, 2020'),
      named('Strateegiline ostmine', 'Strateegiline ostmine, 2021'),
    ],
    certifications: [
      named('CIPS Level 4 Diploma in Procurement and Supply', 'CIPS Level 4 Diploma in Procurement and Supply (2022)'),
    ],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('ru', 'B2', 'vene – B2'),
      lang('fi', 'B1', 'soome – B1'),
    ],
    skills: ['Läbirääkimisoskus', 'Analüüsivõime', 'Juhendamisoskus', 'SAP, Excel, Power BI'],
    clientBase: null,
    competencies: ['analytical', 'coaching', 'negotiation'],
  },
];

import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The thirty-eighth held-out set's Estonian CVs: people whose selling is one part of their work, or was, as people in
 * Estonia write their CVs in 2026 – a franchisee of a DIY store who holds the trade accounts herself, a heat-pump
 * fitter who surveys, quotes, sells and installs, a seller who became a sales manager and one who became a sales
 * trainer, an insurance office head with her own portfolio, a firefighter who sells solar panels on his days off, a
 * consultancy partner, a shop manager, a hairdresser who is also a part-time rep, a machinery branch head, a baker who
 * owns his bakery, a student with a phone-shop job, an estimator who prices tenders but never sells, a print
 * estimator-salesman, a vet who sells herd-health products, a manor-hotel director, a travel office head, an estate
 * agent who teaches, a garden-shop owner with 40 years behind him, a security-systems seller, a timber trader, an
 * insurance broker, a former rep now in purchasing, a boatbuilder who sells to Nordic dealers, a café owner turned
 * brewery rep and an electrician who works the trade counter on Saturdays.
 */
export const HELD_OUT_38_ET: CvSource[] = [
  {
    id: 'et-h38-01-frantsiisipartner-ehituspood-arikliendid-rakvere',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Plaatina Üks',
    email: 'plaatina.yks3801@example.com',
    phone: '+372 5647 3801',
    contactLines: ['Rakvere, Lääne-Virumaa'],
    tagline: 'Ehituspoe frantsiisipartner · äriklientide müük',
    afterContact: [{ kind: 'paragraph', text: 'Sündinud 1982 · Juhiload B · Abielus, kaks last' }],
    headings: {
      profile: 'Lühidalt minust',
      work: 'Töökogemus ja ettevõtlus',
      courses: 'Täiendkoolitused',
      skills: 'Oskused',
      languages: 'Keeled',
    },
    profile: [
      'Olen 20 aastat töötanud ehituskaupade müügis: alustasin müüjana, olin kuus aastat ärikliendihaldur ja 2018. ' +
        'aastast pean oma ettevõttena Meistrimaailma frantsiisikauplust Rakveres. Poe igapäevatööd juhib juhataja ' +
        'asetäitja, mina tegelen peamiselt äriklientidega.',
      'Äriklientide portfell: 60 ehitusfirmat, korteriühistut ja talu Lääne-Virumaal, kellega olen ise lepingud ' +
        'sõlminud. 2025. aastal ostsid nad meilt kokku 1,9 mln € eest (kogu kaupluse käive oli 4,6 mln €). ' +
        'Ehitusfirmade omanikud otsustavad ise, kust materjali ostavad – seepärast käin objektidel ja teen suuremate ' +
        'tellimuste pakkumised ise.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Omanik ja juhataja', 'Virumaa Meister OÜ', '2018', null, true, 'III kv 2018 – praegu', [
          'äriklientide hinnapakkumised, lepingud ja maksetingimused',
          'kaupluse eelarve ja 14 töötajat, kaubavaliku planeerimine koos frantsiisiandjaga',
          'uute äriklientide leidmine objektidelt ja ehitusmessidelt',
        ]),
        lines: ['Omanik ja juhataja', 'Virumaa Meister OÜ (Meistrimaailm frantsiis), Rakvere · III kv 2018 – praegu'],
      },
      {
        ...job(
          'Ärikliendihaldur',
          'Ehitusmaterjalide Hulgi AS',
          '2012-02',
          '2018-07',
          true,
          'veebruar 2012 – juuli 2018',
          [
            'umbes 120 ehitusfirmat ja paigaldajat Lääne- ja Ida-Virumaal',
            'tellimused, tarnegraafikud ja maksetähtajad',
          ],
        ),
        lines: ['Ärikliendihaldur', 'Ehitusmaterjalide Hulgi AS, Rakvere · veebruar 2012 – juuli 2018'],
      },
      {
        ...job(
          'Müüja',
          'Virumaa Ehituskaubad OÜ',
          '2006',
          '2012-01',
          true,
          '2006 – jaanuar 2012 (algul osalise ajaga)',
          ['nõustamine ja müük kaupluses, värvitoonimine, tellimused'],
        ),
        lines: ['Müüja', 'Virumaa Ehituskaubad OÜ, Rakvere · 2006 – jaanuar 2012 (algul osalise ajaga)'],
      },
      {
        ...job('Raamatupidaja assistent', 'Rakvere Arvestuskeskus OÜ', '2003', '2006', false, '2003 – 2006'),
        lines: ['Raamatupidaja assistent', 'Rakvere Arvestuskeskus OÜ, Rakvere · 2003 – 2006'],
      },
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Eesti Ettevõtluskõrgkool Mainor, ettevõtlus ja ärijuhtimine, rakenduskõrgharidus (kaugõpe), 2008–2012',
        {
          field: 'ettevõtlus ja ärijuhtimine',
          institution: 'Eesti Ettevõtluskõrgkool Mainor',
          startYear: 2008,
          endYear: 2012,
        },
      ),
      edu('keskharidus', 'Rakvere Gümnaasium, keskharidus, 2001', { institution: 'Rakvere Gümnaasium', endYear: 2001 }),
    ],
    courses: [
      named('Frantsiisipartneri baaskoolitus', 'Frantsiisipartneri baaskoolitus, Meistrimaailm, 2018'),
      named('Kuivehitussüsteemid', 'Kuivehitussüsteemid, tootekoolitus, 2021'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B2', 'vene – hea'),
      lang('en', 'B2', 'inglise – hea'),
      lang('fi', 'A2', 'soome – algtase'),
    ],
    skills: ['Läbirääkimisoskus', 'Töötajate juhendamine', 'Directo, Excel, Merit Palk', 'Ehitusjooniste lugemine'],
    clientBase: { activeAccounts: 60, annualRevenueEur: 1_900_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'negotiation', 'organisation'],
  },
  {
    id: 'et-h38-02-soojuspumbad-paigaldaja-ja-muugikonsultant-tartu',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Plaatina Kaks',
    email: 'soojus.plaatina38@example.net',
    phone: '5384 3802',
    contactLines: ['Tartu, Ropka', 'Juhiload B, BE'],
    tagline: 'Soojuspumpade müük ja paigaldus – eramud ja väiksemad ärihooned',
    headings: {
      profile: 'Paar sõna minust',
      work: 'Töötanud olen',
      skills: 'Mida oskan hästi',
      certifications: 'Kutsetunnistused ja load',
      languages: 'Keeled',
    },
    profile: [
      'Olen külmamehaanik, kes on viimased viis aastat ise ka müünud. Käin kliendi juures, vaatan maja üle, arvutan ' +
        'soojuskao, teen pakkumise ja kui leping on sõlmitud, paigaldan pumba oma brigaadiga. Klient saab kogu ' +
        'protsessis ühe kontaktisiku.',
      '2025. aastal sõlmisin 140 lepingut eraklientidega Tartus ja Tartumaal; keskmine tehing oli umbes 9 000 €.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job('Soojuspumpade müügikonsultant-paigaldaja', 'Soojamees OÜ', '2021-03', null, true, '03/2021 – …', [
          'objektide ülevaatus ja soojuskao arvutus',
          'hinnapakkumised, lepingud ja toetuste taotlemine kliendi eest',
          'paigalduse planeerimine ja kolmeliikmelise brigaadi töö',
        ]),
        lines: ['03/2021 – …   Soojamees OÜ, Tartu: soojuspumpade müügikonsultant-paigaldaja'],
      },
      {
        ...job('Kütte- ja jahutussüsteemide paigaldaja', 'FIE', '2014-05', '2021-02', false, '05/2014 – 02/2021', [
          'paigaldustööd allhankena kolmele ehitusfirmale ja eraklientidele',
          'oma tööde hinnapakkumised ja arveldus',
        ]),
        lines: ['05/2014 – 02/2021   FIE (oma firma), Tartu: kütte- ja jahutussüsteemide paigaldaja'],
      },
      {
        ...job('Külmamehaanik', 'Külmaabi AS', '2008-09', '2014-04', false, '09/2008 – 04/2014', [
          'kaubanduskülmikute ja kliimaseadmete hooldus ning remont',
        ]),
        lines: ['09/2008 – 04/2014   Külmaabi AS, Tartu: külmamehaanik'],
      },
    ],
    afterJobs: [{ kind: 'paragraph', text: '2007–2008 ajateenistus, Kuperjanovi jalaväepataljon (Võru).' }],
    education: [
      edu('kutseharidus', 'Tartu Kutsehariduskeskus – külmamehaanik, kutseharidus (2004–2007)', {
        field: 'külmamehaanik',
        institution: 'Tartu Kutsehariduskeskus',
        startYear: 2004,
        endYear: 2007,
      }),
    ],
    courses: [],
    certifications: [
      named('Külmamehaanik, tase 4', 'Külmamehaanik, tase 4 (2012)'),
      named('F-gaaside käitlemise tunnistus', 'F-gaaside käitlemise tunnistus, kehtib 2028. aastani'),
    ],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('en', 'B1', 'inglise keel – suhtlustasemel'),
      lang('ru', 'A2', 'vene keel – algtase'),
    ],
    skills: ['Kliendikesksus', 'Soojuskao arvutused', 'Excel, Pipedrive'],
    clientBase: null,
    competencies: ['customer_focus', 'organisation'],
  },
  {
    id: 'et-h38-03-muugiesindajast-muugijuht-pakendid-parnu',
    format: 'txt',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Plaatina Kolm',
    email: 'p.kolm3803@example.org',
    phone: '+372 5112 3803',
    contactLines: ['Pärnu'],
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      workTable: ['Amet', 'Aastad', 'Firma'],
      skills: 'Oskused',
      languages: 'Keelteoskus',
    },
    workTableOrder: ['title', 'period', 'employer'],
    profile: [
      'Tulin Pakendikotta 2008. aastal tootmisplaneerijaks, sain 2011 müügiesindajaks ja olen 2019. aastast ' +
        'müügijuht. Juhin viieliikmelist müügimeeskonda, aga hoian ka ise kaheksat suurimat klienti – toiduaine- ja ' +
        'mööblitootjad Eestis, Lätis ja Soomes. Nende ostud olid 2025. aastal kokku 3,2 mln €; kogu meeskonna müük ' +
        'oli 11 mln € ja kliente umbes 240. Kõigi kaheksa ettevõtte puhul räägin läbi otse ostujuhtidega, kes ' +
        'pakendi tarnija üle otsustavad.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Müügijuht', 'Pakendikoda AS', '2019', null, true, '2019. a – praegu', [
        'viie müügiesindaja juhendamine ja eesmärgid',
        'kaheksa võtmekliendi aastalepingud ja hinnaläbirääkimised',
        'müügiprognoos koos tootmisjuhiga',
      ]),
      job('Müügiesindaja', 'Pakendikoda AS', '2011', '2019', true, '2011.–2019. a', [
        'Pärnumaa ja Lääne-Eesti tootjad, uute klientide leidmine ja proovipartiid',
      ]),
      job('Tootmisplaneerija', 'Pakendikoda AS', '2008', '2011', false, '2008.–2011. a', [
        'tellimuste järjekord ja masinate koormus',
      ]),
      job('Laotöötaja', 'Pärnu Sadamaladu OÜ', '2006', '2008', false, '2006.–2008. a'),
    ],
    education: [
      edu('rakenduskõrgharidus', 'TÜ Pärnu kolledž, ettevõtlus, rakenduskõrgharidus (töö kõrvalt), 2009–2013', {
        field: 'ettevõtlus',
        institution: 'TÜ Pärnu kolledž',
        startYear: 2009,
        endYear: 2013,
      }),
      edu('keskharidus', 'Pärnu Koidula Gümnaasium, keskharidus, 2005', {
        institution: 'Pärnu Koidula Gümnaasium',
        endYear: 2005,
      }),
    ],
    courses: [
      named('Müügijuhtimine ja coaching', 'Müügijuhtimine ja coaching, 2020'),
      named('Pakenditehnoloogia alused', 'Pakenditehnoloogia alused, 2012'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – vabalt'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('fi', 'B1', 'soome – suhtlustasemel'),
      lang('lv', 'A2', 'läti – algtase'),
    ],
    skills: ['Meeskonna juhtimine', 'Läbirääkimisoskus', 'Analüüsivõime', 'Excel, Power BI, Directo'],
    clientBase: { activeAccounts: 8, annualRevenueEur: 3_200_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'coaching', 'negotiation'],
  },
  {
    id: 'et-h38-04-muugiesindajast-muugikoolitaja-tallinn',
    format: 'pdf',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Plaatina Neli',
    email: 'koolitaja3804@example.com',
    phone: '+372 5250 3804',
    contactLines: ['Tallinn, Kristiine'],
    tagline: 'Müügikoolitaja · varem 17 aastat müügis',
    headings: {
      profile: 'Kokkuvõte',
      work: 'Töö',
      skills: 'Tugevused',
      certifications: 'Kutse',
      languages: 'Keeled',
    },
    profile: [
      'Müüsin 17 aastat – telefone poes ja kontoritarbeid ettevõtetele –, siis õppisin andragoogikat ja koolitan ' +
        'nüüd teisi müüjaid. Koolituskeskuses on minu töö programmide väljatöötamine, koolitamine ja ' +
        'müügimeeskondade toetamine kohapeal; koolitusi müüvad ettevõtetele meie kliendihaldurid.',
      '2025. aastal koolitasin 38 ettevõtte müügimeeskondi, kokku üle 400 inimese.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Müügikoolitaja', 'Koolituskeskus Edukas OÜ', '2020', null, false, '2020. aasta algusest praeguseni', [
          'Müügi- ja klienditeeninduskoolitused jaekettidele, hulgimüüjatele ja pankadele',
          'Müüjate juhendamine kliendikohtumistel',
          'Koolitused eesti ja vene keeles',
        ]),
        lines: ['Müügikoolitaja – Koolituskeskus Edukas OÜ (Tallinn) – 2020. aasta algusest praeguseni'],
      },
      {
        ...job('Müügiesindaja', 'Kontoritarbed AS', '2009-02', '2019-12', true, 'veebr 2009 – dets 2019', [
          'Kontoritarvete ja -mööbli müük Tallinna ja Harjumaa ettevõtetele',
          'Uute klientide leidmine ja aastalepingud',
        ]),
        lines: ['Müügiesindaja – Kontoritarbed AS (Tallinn) – veebr 2009 – dets 2019'],
      },
      {
        ...job('Müüja-konsultant', 'Mobiilimaailm AS', '2002-06', '2009-01', true, 'juuni 2002 – jaan 2009', [
          'Telefonide ja liitumislepingute müük',
          'Alates 2006 vahetuse vanem',
        ]),
        lines: ['Müüja-konsultant – Mobiilimaailm AS (Tallinn, Kristiine keskus) – juuni 2002 – jaan 2009'],
      },
    ],
    education: [
      edu('magistrikraad', 'Tallinna Ülikool, andragoogika, magistrikraad, 2018–2020', {
        field: 'andragoogika',
        institution: 'Tallinna Ülikool',
        startYear: 2018,
        endYear: 2020,
      }),
      edu('bakalaureusekraad', 'Tallinna Ülikool, kommunikatsioon, bakalaureusekraad (kaugõpe), 2005–2009', {
        field: 'kommunikatsioon',
        institution: 'Tallinna Ülikool',
        startYear: 2005,
        endYear: 2009,
      }),
      edu('keskharidus', 'Tallinna 21. Kool, keskharidus, 2002', { institution: 'Tallinna 21. Kool', endYear: 2002 }),
    ],
    courses: [],
    certifications: [named('Täiskasvanute koolitaja, tase 6', 'Täiskasvanute koolitaja, tase 6 (2021)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'C1', 'vene – väga hea'),
      lang('en', 'C1', 'inglise – vabalt'),
      lang('de', 'A2', 'saksa – algtase'),
    ],
    skills: ['Suhtlemisoskus', 'Veenev esineja', 'Juhendamisoskus', 'Koolitusprogrammide koostamine'],
    clientBase: null,
    competencies: ['coaching', 'communication', 'persuasiveness'],
  },
  {
    id: 'et-h38-05-kindlustuse-piirkonnajuht-oma-portfelliga-voru',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Plaatina Viis',
    email: 'plaatina.viis.38@example.net',
    phone: '+372 5331 3805',
    contactLines: ['Võru', 'Sündinud 1980'],
    headings: {
      profile: 'Minust',
      skills: 'Omadused',
      certifications: 'Kutsetunnistus',
      languages: 'Keeled',
    },
    jobLabels: { period: 'Tööperiood', title: 'Ametinimetus', employer: 'Tööandja ja koht', duties: 'Töö sisu' },
    profile: [
      'Olen 15 aastat müünud kindlustust Võru- ja Põlvamaal: esmalt agendina, 2017. aastast Lõunakindlustuse Võru ' +
        'büroo piirkonnajuhina. Juhin nelja agenti, kuid mul on ka oma portfell – 180 talupidajat ja väikeettevõtet, ' +
        'kelle aastane kindlustusmakse on kokku umbes 1,1 mln €. Kogu büroo portfell on 4,5 mln €. Minu kliendid on ' +
        'talude ja firmade omanikud, kes otsustavad kõik ise.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Piirkonnajuht',
        'Lõunakindlustus AS',
        '2017-04',
        null,
        true,
        'alates 1. aprillist 2017',
        [
          'nelja kindlustusagendi juhendamine ja müügieesmärgid',
          'oma klientide lepingud ja nende uuendamine',
          'klientide nõustamine kahjujuhtumite korral',
        ],
        'Võru büroo',
      ),
      job(
        'Kindlustusagent',
        'Lõunakindlustus AS',
        '2011-08',
        '2017-03',
        true,
        'august 2011 – märts 2017',
        ['põllumajandus-, sõiduki- ja kodukindlustuse pakkumised ja lepingud', 'talude külastused üle Võrumaa'],
        'Võru büroo',
      ),
      job(
        'Pangateenindaja',
        'Lõuna Pank AS',
        '2006-02',
        '2011-07',
        false,
        'veebruar 2006 – juuli 2011',
        ['kassa, arveldused ja pangakaardid'],
        'Põlva kontor',
      ),
    ],
    education: [
      edu('bakalaureusekraad', 'Tartu Ülikool, majandusteadus, bakalaureusekraad, 1999–2003', {
        field: 'majandusteadus',
        institution: 'Tartu Ülikool',
        startYear: 1999,
        endYear: 2003,
      }),
      edu('keskharidus', 'Võru Kreutzwaldi Gümnaasium, keskharidus, 1999', {
        institution: 'Võru Kreutzwaldi Gümnaasium',
        endYear: 1999,
      }),
    ],
    courses: [named('Põllumajanduskindlustuse erikursus', 'Põllumajanduskindlustuse erikursus, 2015')],
    certifications: [named('Kindlustusspetsialist, tase 5', 'Kindlustusspetsialist, tase 5 (2014)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('de', 'A2', 'saksa – algtase'),
    ],
    skills: ['Kliendisuhted', 'Kehtestav, kuid sõbralik', 'Agentide juhendamine', 'Excel, Outlook'],
    closing: [{ kind: 'paragraph', text: 'Soovitaja: Soovitaja Üks, Lõunakindlustus AS – kontaktid soovi korral.' }],
    clientBase: { activeAccounts: 180, annualRevenueEur: 1_100_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'relationship_building', 'tact_assertiveness'],
  },
  {
    id: 'et-h38-06-paastja-ja-paikesepaneelide-muugiesindaja-johvi',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Plaatina Kuus',
    email: 'k.plaatina.kuus38@example.com',
    phone: '+372 5877 3806',
    contactLines: ['Jõhvi, Ida-Virumaa'],
    headings: {
      profile: 'Sissejuhatus',
      skills: 'Omadused ja oskused',
      certifications: 'Tunnistused',
      languages: 'Keeled',
    },
    profile: [
      'Töötan 13 aastat päästjana graafikuga „ööpäev tööl, kolm vaba“. Vabadel päevadel müün 2023. aastast ' +
        'komisjonitasu alusel päikesepaneele: käin kodudes ja väikeettevõtetes, teen pakkumise ja sõlmin lepingu, ' +
        'paigalduse teeb firma brigaad. 2025. aastal sõlmisin 34 lepingut eramutega ja 6 väikeettevõttega. ' +
        'Soovin edaspidi täiskohaga müügitööd taastuvenergia vallas.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Müügiesindaja',
        'Päikesejõud OÜ',
        '2023-05',
        null,
        true,
        '2023. a maist praeguseni (komisjonitasu alusel)',
        [
          'päikesepaneelide ja akude pakkumised kodudele ja väikeettevõtetele',
          'tasuvusarvutused ja toetuste taotlemine',
          'lepingu sõlmimine ja paigalduse aja kokkuleppimine',
        ],
        'Ida-Virumaa',
      ),
      job(
        'Päästja',
        'Jõhvi päästekomando',
        '2013-06',
        null,
        false,
        'juuni 2013 – praegu',
        [
          'tulekahjude kustutamine, liiklusõnnetused, veepääste',
          'alates 2019 rühmapealiku asendaja',
          'koolides ohutuskoolitused',
        ],
        'Jõhvi',
      ),
      job(
        'Turvatöötaja',
        'Viru Valve OÜ',
        '2010-03',
        '2013-05',
        false,
        'märts 2010 – mai 2013',
        ['objektivalve Kohtla-Järve tööstusalal'],
        'Kohtla-Järve',
      ),
    ],
    education: [
      edu('kutseõpe', 'Sisekaitseakadeemia Päästekolledž, päästja, kutseõpe, 2012–2013', {
        field: 'päästja',
        institution: 'Sisekaitseakadeemia Päästekolledž',
        startYear: 2012,
        endYear: 2013,
      }),
      edu('keskharidus', 'Jõhvi Vene Gümnaasium, keskharidus, 2009', {
        institution: 'Jõhvi Vene Gümnaasium',
        endYear: 2009,
      }),
    ],
    courses: [],
    certifications: [named('Päästja, tase 4', 'Päästja, tase 4 (2014)')],
    languages: [
      lang('ru', 'native', 'vene keel – emakeel'),
      lang('et', 'B2', 'eesti keel – B2, igapäevane töökeel'),
      lang('uk', 'B1', 'ukraina keel – suhtlustasemel'),
      lang('en', 'A2', 'inglise keel – algtase'),
    ],
    skills: ['Pingetaluvus', 'Meeskonnatöö', 'Suhtlemisoskus eesti ja vene keeles', 'Juhiload B, C'],
    clientBase: null,
    competencies: ['communication', 'stress_resistance', 'teamwork'],
  },
  {
    id: 'et-h38-07-andmeanaluutika-partner-leiab-kliendid-ise-tallinn',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Plaatina Seitse',
    nameLine: 'Kandidaat Plaatina Seitse, MSc',
    email: 'andmed.plaatina3807@example.com',
    phone: null,
    contactLines: ['Tallinn, Kalamaja', 'linkedin.example.com/in/plaatina-seitse'],
    tagline: 'Partner · äriandmete analüüs ja aruandlus',
    headings: {
      profile: 'Profiil',
      work: 'Kogemus',
      skills: 'Oskused',
      certifications: 'Sertifikaat',
      languages: 'Keeled',
    },
    profile: [
      'Asutasin 2018. aastal koos kolleegiga andmeanalüütika konsultatsioonifirma. Meie tööjaotus on lihtne: tema ' +
        'juhib arendust, mina leian kliendid, teen pakkumised ja sõlmin lepingud ning juhin ise ka suuremaid projekte.',
      'Minu kliendid on 14 keskmise suurusega ettevõtet Eestis ja Soomes – tootjad, hulgimüüjad ja logistikafirmad. ' +
        '2025. aastal tellisid nad meilt kokku 780 000 € eest; kogu firma käive oli 1,9 mln €. Otsuse teevad ' +
        'finantsjuhid ja juhatuse liikmed, kellega kohtun ise.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Partner ja konsultant', 'Andmeselge OÜ', '2018-02', null, true, 'veebruar 2018 – praegu', [
          'uued kliendid, pakkumised, lepingud ja hinnaläbirääkimised',
          'aruandluslahenduste projektijuhtimine',
          'kahe noorema analüütiku juhendamine',
        ]),
        lines: ['PARTNER JA KONSULTANT · Andmeselge OÜ', 'veebruar 2018 – praegu · Tallinn'],
      },
      {
        ...job(
          'Vanemkonsultant',
          'Numbrimaja Consulting AS',
          '2012-09',
          '2018-01',
          false,
          'september 2012 – jaanuar 2018',
          [
            'BI-projektide analüüs ja juurutamine klientidele, kelle olid leidnud firma partnerid',
            'kasutajakoolitused klientide juures',
          ],
        ),
        lines: ['VANEMKONSULTANT · Numbrimaja Consulting AS', 'september 2012 – jaanuar 2018 · Tallinn ja Helsingi'],
      },
      {
        ...job('Analüütik', 'Sidepartner AS', '2009-06', '2012-08', false, 'juuni 2009 – august 2012', [
          'müügi- ja kliendiandmete aruanded juhtkonnale',
        ]),
        lines: ['ANALÜÜTIK · Sidepartner AS', 'juuni 2009 – august 2012 · Tallinn'],
      },
    ],
    education: [
      edu('magistrikraad', 'Tallinna Tehnikaülikool, informaatika, magistrikraad, 2007–2009', {
        field: 'informaatika',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2007,
        endYear: 2009,
      }),
      edu('bakalaureusekraad', 'Tallinna Tehnikaülikool, informaatika, bakalaureusekraad, 2004–2007', {
        field: 'informaatika',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2004,
        endYear: 2007,
      }),
    ],
    courses: [],
    certifications: [
      named(
        'Microsoft Certified: Power BI Data Analyst Associate',
        'Microsoft Certified: Power BI Data Analyst Associate (2023)',
      ),
    ],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('fi', 'B2', 'soome – B2'),
      lang('sv', 'A2', 'rootsi – A2'),
    ],
    skills: ['Analüüsivõime', 'Läbirääkimisoskus', 'Ettevõtlik', 'Power BI, SQL, Python'],
    clientBase: { activeAccounts: 14, annualRevenueEur: 780_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'coaching', 'entrepreneurship', 'negotiation'],
  },
  {
    id: 'et-h38-08-matkapoe-muujast-kaupluse-juhataja-otepaa',
    format: 'docx',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Plaatina Kaheksa',
    email: 'matk.plaatina38@example.org',
    phone: '+372 5690 3808',
    contactLines: ['Otepää, Valgamaa', '31-aastane'],
    headings: {
      profile: 'Minust lühidalt',
      skills: 'Oskused',
      certifications: 'Tunnistus',
      languages: 'Keeled',
    },
    profile: [
      'Olen matkaja ja suusataja, kes on teinud oma hobist töö. Alustasin Matkamaailmas müüjana, 2022. aasta suvest ' +
        'juhin Otepää kauplust: viis müüjat, kaubatellimused, rendipood ja kaupluse eelarve. Ise müün nüüd harva – ' +
        'peamiselt siis, kui keegi on haige. Kaupluse käive oli 2025. aastal 1,3 mln €. Talviti olin kuus hooaega ' +
        'suusainstruktor.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Kaupluse juhataja', 'Matkamaailm OÜ', '2022-06', null, false, '06.2022 – praegu', [
          'Viie müüja tööaja planeerimine ja juhendamine',
          'Kaubatellimused ja hooajavalik koos ostujuhiga',
          'Suusa- ja rattarendi korraldamine',
        ]),
        lines: ['Matkamaailm OÜ, Otepää — kaupluse juhataja — 06.2022 – praegu'],
      },
      {
        ...job('Müüja-konsultant', 'Matkamaailm OÜ', '2017-04', '2022-05', true, '04.2017 – 05.2022', [
          'Matka-, suusa- ja jooksuvarustuse nõustamine ja müük',
          'Suusahoolduse töökoda',
        ]),
        lines: ['Matkamaailm OÜ, Otepää — müüja-konsultant — 04.2017 – 05.2022'],
      },
      {
        ...job('Suusainstruktor', 'Otepää Suusakool OÜ', '2014', '2020', false, 'talvehooajad 2014/2015 – 2019/2020', [
          'Laste ja täiskasvanute algõpe, klassika- ja uisusamm',
        ]),
        lines: ['Otepää Suusakool OÜ — suusainstruktor — talvehooajad 2014/2015 – 2019/2020'],
      },
      {
        ...job('Kelner', 'Järveäärne Puhkemaja OÜ', '2012', '2014', false, 'suved 2012–2014'),
        lines: ['Järveäärne Puhkemaja OÜ — kelner — suved 2012–2014'],
      },
    ],
    education: [
      edu('bakalaureusekraad', 'Tartu Ülikool, kehakultuur, bakalaureusekraad, 2014–2017', {
        field: 'kehakultuur',
        institution: 'Tartu Ülikool',
        startYear: 2014,
        endYear: 2017,
      }),
      edu('keskharidus', 'Otepää Gümnaasium, keskharidus, 2014', { institution: 'Otepää Gümnaasium', endYear: 2014 }),
    ],
    courses: [named('Kaupluse juhtimine ja müügianalüüs', 'Kaupluse juhtimine ja müügianalüüs, 2022')],
    certifications: [named('Suusainstruktor, tase 4', 'Suusainstruktor, tase 4 (2016)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – väga hea'),
      lang('de', 'B1', 'saksa – suhtlustasemel'),
      lang('ru', 'A2', 'vene – algtase'),
    ],
    skills: ['Planeerimine ja eelarve', 'Müüjate juhendamine', 'Kliendikesksus', 'Kassasüsteem, Excel'],
    closing: [
      { kind: 'heading', text: 'Vaba aeg' },
      {
        kind: 'paragraph',
        text: 'Tartu maraton 14 korda, matkad Lapimaal, vabatahtlikuna rajameister kohalikel suusavõistlustel.',
      },
    ],
    clientBase: null,
    competencies: ['coaching', 'customer_focus', 'organisation'],
  },
  {
    id: 'et-h38-09-juuksur-fie-ja-juuksekosmeetika-muugiesindaja-kuressaare',
    format: 'txt',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Plaatina Üheksa',
    email: 'tukk.saaremaa3809@example.net',
    phone: '+372 5033 3809',
    contactLines: ['Kuressaare, Saaremaa'],
    tagline: 'Juuksur ja juuksekosmeetika müügiesindaja',
    headings: {
      contact: 'Kontaktid',
      profile: 'Minust',
      work: 'Töö',
      skills: 'Oskused',
      certifications: 'Kutsetunnistus',
      languages: 'Keeled',
    },
    profile: [
      'Olen 21 aastat juuksur, 2009. aastast oma toolis. Kolm päeva nädalas töötan salongis, kaks päeva ' +
        'müügiesindajana: tutvustan Saare-, Hiiu- ja Läänemaa salongidele juuksekosmeetikat ja võtan tellimusi. ' +
        'Salongide omanikud otsustavad ise, mida nad töösse ja riiulile võtavad – ja juuksurina räägin nendega ühte keelt.',
      'Minu kliendid on 45 juuksuri- ja ilusalongi, 2025. aastal ostsid nad kokku 260 000 € eest.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job('Müügiesindaja', 'Ilusalongi Hulgi OÜ', '2021-01', null, true, '01.2021 – nüüd', [
          'salongide külastused, tootekoolitused ja tellimused',
          'Saaremaa, Muhu, Hiiumaa ja Läänemaa',
        ]),
        lines: ['01.2021 – nüüd   Müügiesindaja (0,4 kohta), Ilusalongi Hulgi OÜ – Saare-, Hiiu- ja Läänemaa'],
      },
      {
        ...job('Juuksur', 'Juuksestuudio Tukk', '2009', null, false, '2009 – nüüd', [
          'naiste ja meeste lõikused, värvimine, pulmasoengud',
        ]),
        lines: ['2009 – nüüd   Juuksur, Juuksestuudio Tukk (FIE), Kuressaare'],
      },
      {
        ...job('Juuksur', 'Ilusalong Meri OÜ', '2005-08', '2008-12', false, '08.2005 – 12.2008'),
        lines: ['08.2005 – 12.2008   Juuksur, Ilusalong Meri OÜ, Kuressaare'],
      },
    ],
    education: [
      edu('kutseharidus', 'Kuressaare Ametikool, juuksur, kutseharidus, 2002–2005', {
        field: 'juuksur',
        institution: 'Kuressaare Ametikool',
        startYear: 2002,
        endYear: 2005,
      }),
      edu('põhiharidus', 'Kuressaare Vanalinna Kool, põhiharidus, 2002', {
        institution: 'Kuressaare Vanalinna Kool',
        endYear: 2002,
      }),
    ],
    courses: [],
    certifications: [named('Juuksur, tase 5', 'Juuksur, tase 5 (2015)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('fi', 'B2', 'soome – hea'),
      lang('en', 'B1', 'inglise – suhtlustasemel'),
      lang('ru', 'A2', 'vene – algtase'),
    ],
    skills: ['Suhtlemisoskus', 'Ettevõtlik', 'Tootekoolituste läbiviimine', 'Juhiload B, oma auto'],
    clientBase: { activeAccounts: 45, annualRevenueEur: 260_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'entrepreneurship'],
  },
  {
    id: 'et-h38-10-pollumajandustehnika-filiaali-juhataja-muub-ise-jogeva',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Plaatina Kümme',
    email: 'agro.plaatina3810@example.com',
    phone: '+372 5199 3810',
    contactLines: ['Jõgeva', 'Sündinud 1976'],
    tagline: 'Filiaali juhataja – traktorid ja põllutehnika',
    headings: {
      profile: 'Kokkuvõte',
      work: 'Tööalane kogemus',
      workTable: ['Aeg', 'Ametinimetus', 'Tööandja'],
      skills: 'Oskused',
      certifications: 'Kutsetunnistus',
      languages: 'Keeled',
    },
    workTableOrder: ['period', 'title', 'employer'],
    profile: [
      'Alustasin mehaanikuna ja juhin nüüd Agrotehnika Balticu Jõgeva filiaali: töökoda kaheksa mehaanikuga, ' +
        'varuosade kauplus ja kaks müügiesindajat. Suuremad masinatehingud teen endiselt ise – minu kliendid on 70 ' +
        'talu ja põllumajandusettevõtet Jõgeva-, Järva- ja Tartumaal. 2025. aastal ostsid nad minult masinaid kokku ' +
        '5,8 mln € eest (kogu filiaali käive oli 9,4 mln €). Investeeringute üle otsustavad talunikud ja ettevõtete ' +
        'juhid ise ning tavaliselt kohtume põllu ääres.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Filiaali juhataja', 'Agrotehnika Baltic AS', '2016-01', null, true, 'jaan. 2016 – praegu', [
        'filiaali eelarve, töökoja ja varuosakaupluse juhtimine',
        'traktorite, kombainide ja haakeriistade tehingud oma klientidega',
        'kahe müügiesindaja juhendamine',
      ]),
      job('Müügiesindaja', 'Agrotehnika Baltic AS', '2008-03', '2015-12', true, 'märts 2008 – dets. 2015', [
        'uute ja kasutatud masinate pakkumised Jõgeva- ja Järvamaal',
        'liisingu- ja hoolduslepingud',
      ]),
      job('Hooldusmehaanik', 'Jõgeva Masinakeskus OÜ', '1998', '2008', false, '1998 – 2008', [
        'traktorite ja kombainide hooldus ja remont',
      ]),
      job('Traktorist', 'Vaimastvere Agro OÜ', '1995', '1998', false, '1995 – 1998'),
    ],
    education: [
      edu('kutsekeskharidus', 'Olustvere Tehnikum, põllumajanduse mehhaniseerimine, kutsekeskharidus, 1991–1995', {
        field: 'põllumajanduse mehhaniseerimine',
        institution: 'Olustvere Tehnikum',
        startYear: 1991,
        endYear: 1995,
      }),
    ],
    courses: [
      named('Läbirääkimised ja tehingu sulgemine', 'Läbirääkimised ja tehingu sulgemine, 2010'),
      named('Juhtimise alused keskastmejuhile', 'Juhtimise alused keskastmejuhile, 2016'),
    ],
    certifications: [named('Põllumajandusmasinate mehaanik, tase 4', 'Põllumajandusmasinate mehaanik, tase 4 (2004)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('en', 'B1', 'inglise – suhtlustasemel'),
      lang('de', 'A2', 'saksa – algtase'),
    ],
    skills: ['Läbirääkimisoskus', 'Juhendamine', 'Põllumajandustehnika tundmine', 'Juhiload B, C, T'],
    clientBase: { activeAccounts: 70, annualRevenueEur: 5_800_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'negotiation'],
  },
  {
    id: 'et-h38-11-pagariari-omanik-teeb-hulgimuugi-ise-viljandi',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Plaatina Üksteist',
    nameLine: 'CV – Kandidaat Plaatina Üksteist',
    email: 'kooruke38@example.org',
    phone: '+372 5566 3811',
    contactLines: ['Viljandi'],
    headings: {
      profile: 'Endast',
      work: 'Töö',
      education: 'Koolitee',
      courses: 'Kursused',
      skills: 'Oskused',
      certifications: 'Kutsetunnistus',
      languages: 'Keeled',
    },
    profile: [
      'Olen pagar, kes 2015. aastal avas oma pagariäri. Meie leib ja saiad lähevad kohvikutele, poodidele ja ' +
        'koolisöökladele ning oma kohvikusse Viljandi vanalinnas. Tootmist juhib vahetuse vanem, hulgikliendid on ' +
        'minu teha: käin uutel klientidel külas, lepin kokku hinnad ja tarned ning hoian kliendid.',
      'Hulgikliente on 35 – kohvikud, poed ja kaks koolisööklat Viljandimaal ja Tartus. 2025. aastal ostsid nad meilt ' +
        'kokku 420 000 € eest; koos oma kohvikuga oli firma käive 610 000 €. Kohvikute ja poodide omanikud otsustavad ' +
        'ise, mida letti panna.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Omanik ja juhatuse liige',
        'Pagariäri Kuldne Kooruke OÜ',
        '2015-04',
        null,
        true,
        '04.2015 – käesoleva ajani',
        [
          'hulgiklientide leidmine ja hoidmine, hinnad ja tarnegraafikud',
          'tootmise planeerimine, 9 töötajat',
          'retseptid ja tootearendus',
        ],
        'Viljandi',
      ),
      job(
        'Vahetuse vanem',
        'Viljandi Leivatööstus AS',
        '2011-09',
        '2015-03',
        false,
        '09.2011 – 03.2015',
        ['öövahetuse kuus pagarit, tootmisgraafik'],
        'Viljandi',
      ),
      job('Pagar', 'Viljandi Leivatööstus AS', '2006-08', '2011-08', false, '08.2006 – 08.2011', [], 'Viljandi'),
    ],
    education: [
      edu('kutseharidus', 'Olustvere Teenindus- ja Maamajanduskool, pagar, kutseharidus, 2003–2006', {
        field: 'pagar',
        institution: 'Olustvere Teenindus- ja Maamajanduskool',
        startYear: 2003,
        endYear: 2006,
      }),
      edu('põhiharidus', 'Viljandi Paalalinna Kool, põhiharidus, 2003', {
        institution: 'Viljandi Paalalinna Kool',
        endYear: 2003,
      }),
    ],
    courses: [
      named('Väikeettevõtte juhtimine', 'Väikeettevõtte juhtimine, Viljandimaa Arenduskeskus, 2015'),
      named('Toiduhügieen ja HACCP', 'Toiduhügieen ja HACCP, 2024'),
    ],
    certifications: [named('Pagar, tase 4', 'Pagar, tase 4 (2010)')],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('en', 'B1', 'inglise keel – suhtlustasemel'),
      lang('ru', 'A2', 'vene keel – algtase'),
    ],
    languagesText: ['Emakeel on eesti keel. Inglise keelt räägin suhtlustasemel, vene keelt oskan algtasemel.'],
    skills: ['Ettevõtlik', 'Planeerimine', 'Läbirääkimised kauplustega', 'Juhiload B'],
    clientBase: { activeAccounts: 35, annualRevenueEur: 420_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['entrepreneurship', 'negotiation', 'organisation'],
  },
  {
    id: 'et-h38-12-tudeng-telefonipoe-muuja-ja-jareleaitaja-tartu',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Plaatina Kaksteist',
    email: 'kaksteist.p3812@example.net',
    phone: '+372 5821 3812',
    contactLines: ['Tartu, Karlova', '20-aastane'],
    headings: {
      profile: 'Minust',
      work: 'Töökogemus',
      skills: 'Oskused',
      languages: 'Keeled',
    },
    profile: [
      'Olen Tartu Ülikooli matemaatika tudeng (2. kursus) ja töötan kõrvalt kahes kohas: õhtuti ja ' +
        'nädalavahetustel telefonipoes müüjana ning kahel õhtul nädalas järeleaitajana. Esimese kogemuse ' +
        'klientidega sain 2025. aasta suvel turul maasikaid müües. Otsin 2027. aasta suveks praktikakohta ettevõtte ' +
        'müügi- või analüüsiosakonnas.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Müüja-konsultant', 'Nutipood OÜ', '2025-09', null, true, 'sept 2025 – praegu', [
          'Telefonide, lisatarvikute ja liitumislepingute müük',
          'Keskmiselt 40 klienti vahetuse jooksul',
          'Septembris 2026 poe parim lisatarvikute müüja',
        ]),
        lines: ['Müüja-konsultant (osalise ajaga) · Nutipood OÜ, Tartu · sept 2025 – praegu'],
      },
      {
        ...job('Matemaatika järeleaitaja', 'Õpiabi Keskus OÜ', '2025-10', null, false, 'okt 2025 – praegu', [
          'Põhikooli- ja gümnaasiumiõpilased, 6–8 õpilast korraga',
        ]),
        lines: ['Matemaatika järeleaitaja · Õpiabi Keskus OÜ, Tartu · okt 2025 – praegu, 2 õhtut nädalas'],
      },
      {
        ...job('Maasikamüüja', 'Vooremaa Marjad OÜ', '2025-06', '2025-07', true, 'juuni – juuli 2025', [
          'Müük Tartu turul ja teeäärses putkas, kassa ja päeva aruanne',
        ]),
        lines: ['Maasikamüüja (suvetöö) · Vooremaa Marjad OÜ, Tartu turg · juuni – juuli 2025'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Õpingud praegu' },
      { kind: 'paragraph', text: 'Tartu Ülikool, matemaatika, bakalaureuseõpe – 2. kursus (alates 2025)' },
    ],
    education: [
      edu('keskharidus', 'Hugo Treffneri Gümnaasium, keskharidus, 2025', {
        institution: 'Hugo Treffneri Gümnaasium',
        endYear: 2025,
      }),
    ],
    courses: [named('Python algajatele', 'Python algajatele, TÜ avatud ülikool, 2024')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1 (Cambridge Advanced, 2024)'),
      lang('de', 'B1', 'saksa – B1'),
      lang('sv', 'A2', 'rootsi – algtase'),
    ],
    skills: ['Suhtlemisoskus', 'Analüütiline mõtlemine', 'Excel, Python (algtase)'],
    clientBase: null,
    competencies: ['analytical', 'communication'],
  },
  {
    id: 'et-h38-13-ehituse-eelarvestaja-pakkumused-ilma-muugita-saue',
    format: 'pdf',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Plaatina Kolmteist',
    email: 'eelarve.plaatina3813@example.com',
    phone: '5344 3813',
    contactLines: ['Saue, Harjumaa'],
    tagline: 'Eelarvestaja / hinnapakkumuste koostaja',
    headings: {
      profile: 'Profiil',
      skills: 'Oskused',
      certifications: 'Kutsetunnistus',
      languages: 'Keeled',
    },
    profile: [
      'Koostan ehitushangete pakkumusi: loen projekti, arvutan mahud, küsin alltöövõtjatelt hinnad ja panen kokku ' +
        'eelarve. Aastas koostan 60–70 pakkumust kogumahuga umbes 40 mln €. Kliendisuhtlus ja lepingud on juhatuse ' +
        'ja projektijuhtide teha – mina müügiga otseselt ei tegele, kuid tean täpselt, mis hinna taga on.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job('Eelarvestaja', 'Ehitustrust Harju AS', '2015-04', null, false, '04.2015 – praegu', [
          'pakkumuste eelarved üld- ja korterelamute hangetele',
          'alltöövõtjate hinnapäringud ja võrdlus',
          'tööde mahtude arvutus BIM-mudelist',
        ]),
        lines: ['Ehitustrust Harju AS / eelarvestaja / 04.2015 – praegu'],
      },
      {
        ...job('Projektijuhi assistent', 'Ehitustrust Harju AS', '2011-06', '2015-03', false, '06.2011 – 03.2015', [
          'objekti dokumentatsioon, tellimused ja ajagraafikud',
        ]),
        lines: ['Ehitustrust Harju AS / projektijuhi assistent / 06.2011 – 03.2015'],
      },
      {
        ...job('Ehitustööline', 'Saue Ehitus OÜ', '2008', '2010', false, '2008–2010 (suviti, õpingute kõrvalt)'),
        lines: ['Saue Ehitus OÜ / ehitustööline / 2008–2010 (suviti, õpingute kõrvalt)'],
      },
    ],
    education: [
      edu('rakenduskõrgharidus', 'Tallinna Tehnikakõrgkool, hoonete ehitus, rakenduskõrgharidus, 2007–2011', {
        field: 'hoonete ehitus',
        institution: 'Tallinna Tehnikakõrgkool',
        startYear: 2007,
        endYear: 2011,
      }),
      edu('keskharidus', 'Saue Gümnaasium, keskharidus, 2007', { institution: 'Saue Gümnaasium', endYear: 2007 }),
    ],
    courses: [named('Ehitushangete õiguslik raamistik', 'Ehitushangete õiguslik raamistik, 2019')],
    certifications: [named('Ehitusinsener, tase 6', 'Ehitusinsener, tase 6 (2016)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('fi', 'A2', 'soome – algtase'),
    ],
    skills: [
      'Analüüsivõime',
      'Täpsus ja süsteemsus',
      'Meeskonnatöö projektijuhtidega',
      'Excel, Revit, eelarvestustarkvara',
    ],
    closing: [
      { kind: 'heading', text: 'Lisainfo' },
      {
        kind: 'paragraph',
        text:
          'Ehitusjuhi kutsetunnistus (tase 5) kehtis kuni 2022. aastani; kuna objektil enam ei tööta, ei ole ma seda ' +
          'taastõendanud.',
      },
    ],
    clientBase: null,
    competencies: ['analytical', 'teamwork'],
  },
  {
    id: 'et-h38-14-trukitehnoloogist-kalkulaator-muugiesindaja-tartu',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Plaatina Neliteist',
    email: 'trykk.plaatina38@example.net',
    phone: '+372 5124 3814',
    contactLines: ['Tartu', 'Sündinud 1984'],
    headings: {
      profile: 'Lühikokkuvõte',
      workTable: ['Ettevõte', 'Aeg', 'Amet'],
      courses: 'Täiendkoolitused',
      skills: 'Oskused',
      certifications: 'Kutsetunnistus',
      languages: 'Keeled',
    },
    workTableOrder: ['employer', 'period', 'title'],
    profile: [
      'Olen trükitehnik, kes 2018. aastal hakkas ka müüma. Ametinimetus „kalkulaator-müügiesindaja“ tähendab, et ' +
        'arvutan hinna ise ja pakun selle kliendile ise: kliendil ei ole vaja oodata, kuni müügiinimene tootmiselt ' +
        'hinna küsib.',
      'Minu kliendid on umbes 50 püsiklienti üle Eesti – kirjastused, reklaamiagentuurid, omavalitsused ja tootjad ' +
        'pakendite ja etikettidega. 2025. aastal tellisid nad trükitöid kokku 2,1 mln € eest. Trükikoja aastane käive ' +
        'on 8 mln €.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Kalkulaator-müügiesindaja', 'Emajõe Trükk AS', '2018-03', null, true, 'märts 2018 – praegu', [
        'hinnakalkulatsioonid ja pakkumised',
        'kliendikohtumised, proovitõmmised ja tellimused',
        'uute klientide leidmine messidelt ja hangetest',
      ]),
      job('Trükitehnoloog', 'Emajõe Trükk AS', '2010-09', '2018-02', false, 'sept. 2010 – veebr. 2018', [
        'trükifailide kontroll ja tootmise ettevalmistus',
        'vahel hinnakalkulatsioonid müügiosakonnale',
      ]),
      job('Ofsetpressi operaator', 'Lõuna Trükikoda OÜ', '2004-06', '2010-08', false, 'juuni 2004 – aug. 2010'),
    ],
    education: [
      edu('kutseharidus', 'Tartu Kutsehariduskeskus, trükitehnik, kutseharidus, 2001–2004', {
        field: 'trükitehnik',
        institution: 'Tartu Kutsehariduskeskus',
        startYear: 2001,
        endYear: 2004,
      }),
    ],
    courses: [
      named('Värvihaldus trükis', 'Värvihaldus trükis, 2016'),
      named('B2B müügiläbirääkimised', 'B2B müügiläbirääkimised, 2019'),
    ],
    certifications: [named('Trükitehnik, tase 4', 'Trükitehnik, tase 4 (2009)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – B2'),
      lang('ru', 'B1', 'vene – B1'),
      lang('lv', 'A2', 'läti – A2'),
    ],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Keel', 'Tase', 'Kus kasutan'],
        rows: [
          ['eesti', 'emakeel', '–'],
          ['inglise', 'B2', 'kirjavahetus välisklientidega'],
          ['vene', 'B1', 'tootmises'],
          ['läti', 'A2', 'kahe Läti kliendiga'],
        ],
      },
    ],
    skills: ['Tehniline müük', 'Läbirääkimisoskus', 'Hinnakalkulatsioonid', 'Adobe Acrobat, Excel, trükikoja ERP'],
    clientBase: { activeAccounts: 50, annualRevenueEur: 2_100_000, segment: 'national' },
    competencies: ['negotiation', 'sales'],
  },
  {
    id: 'et-h38-15-loomaarstist-veterinaarkonsultant-farmidele-paide',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Plaatina Viisteist',
    email: 'vet.plaatina3815@example.org',
    phone: null,
    contactLines: ['Paide, Järvamaa', 'Telefoninumbri annan soovi korral – palun kirjutage e-posti teel'],
    headings: {
      profile: 'Lühidalt',
      skills: 'Oskused',
      certifications: 'Kutseluba',
      languages: 'Keeled',
    },
    jobLabels: { period: 'Periood', title: 'Roll', employer: 'Organisatsioon', duties: 'Põhitegevus' },
    profile: [
      'Olen loomaarst, kes vahetas 2019. aastal kliiniku farmikülastuste vastu. Veterinaarkonsultandina käin ' +
        'piimafarmides, analüüsin karja tervise- ja tootmisandmeid ning pakun selle põhjal lahendusi – ' +
        'veterinaarravimid, vaktsiinid, söödalisandid ja udarahooldustooted. Tellimused võtan ise ja kliendid on minu.',
      'Portfell: 60 piima- ja lihaveisefarmi Järva-, Rapla- ja Lääne-Virumaal; 2025. aastal ostsid nad meilt kokku ' +
        '1,7 mln € eest. Farmide omanikud ja karjajuhid otsustavad ise, mida nad ostavad. Nädalavahetustel teen ' +
        'endiselt valvearsti tööd.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Veterinaarkonsultant',
        'Loomatervis Baltic OÜ',
        '2019-09',
        null,
        true,
        'september 2019 – tänini',
        [
          'farmide külastused ja karja terviseanalüüs',
          'pakkumised, tellimused ja aastakokkulepped',
          'farmitöötajate koolitused ja juhendamine',
        ],
        'Kesk-Eesti',
      ),
      job('Valvearst', 'FIE', '2019-10', null, false, 'oktoober 2019 – tänini (nädalavahetuseti)', [
        'põllumajandusloomade erakorralised väljakutsed Järvamaal',
      ]),
      job(
        'Loomaarst',
        'Paide Loomakliinik OÜ',
        '2010-08',
        '2019-08',
        false,
        'august 2010 – august 2019',
        ['lemmik- ja põllumajandusloomade ravi', 'alates 2015 kliiniku juhataja asetäitja'],
        'Paide',
      ),
    ],
    education: [
      edu('magistrikraad', 'Eesti Maaülikool, veterinaarmeditsiin (integreeritud õpe), magistrikraad, 2004–2010', {
        field: 'veterinaarmeditsiin',
        institution: 'Eesti Maaülikool',
        startYear: 2004,
        endYear: 2010,
      }),
      edu('keskharidus', 'Paide Gümnaasium, keskharidus, 2004', { institution: 'Paide Gümnaasium', endYear: 2004 }),
    ],
    courses: [named('Piimakarja udaratervis', 'Piimakarja udaratervis, 2021')],
    certifications: [named('Veterinaararsti kutsetegevusluba', 'Veterinaararsti kutsetegevusluba (kehtiv)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('de', 'B1', 'saksa – suhtlustasemel'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('fi', 'A2', 'soome – algtase'),
    ],
    skills: ['Analüüsivõime', 'Kliendisuhted', 'Suhtlemisoskus', 'Karjatarkvarad, Excel'],
    clientBase: { activeAccounts: 60, annualRevenueEur: 1_700_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'coaching', 'communication', 'relationship_building'],
  },
  {
    id: 'et-h38-16-moisahotelli-tegevjuht-muub-uritusi-ise-polvamaa',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Plaatina Kuusteist',
    email: 'moisahotell3816@example.com',
    phone: '+372 5301 3816',
    contactLines: ['Põlva vald, Põlvamaa'],
    tagline: 'Tegevjuht · konverentsid, pulmad ja ettevõtete üritused',
    headings: {
      profile: 'Profiil',
      work: 'Ametikohad',
      skills: 'Oskused',
      languages: 'Keeled',
    },
    profile: [
      'Juhin 2020. aastast väikest mõisahotelli (28 tuba, restoran, saun ja konverentsisaal). Hotelli igapäevatööd ' +
        'korraldavad administraatorid ja peakokk; mina vastutan müügi eest ja müün ise kõik konverentsid, ' +
        'ettevõtete suvepäevad ja pulmad.',
      '2025. aastal korraldasime üritusi 90 ettevõttele üle Eesti, nende üritused tõid kokku 640 000 € (hotelli ' +
        'kogukäive oli 1,5 mln €). Tellijad on enamasti personalijuhid ja juhiabid.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Tegevjuht',
        'Rebasemõisa Hotell OÜ',
        '2020-05',
        null,
        true,
        '05.2020 →',
        [
          'ürituste pakkumised, lepingud ja hinnaläbirääkimised',
          'hotelli eelarve ja 16 töötajat',
          'koostöö kohalike toitlustajate, giidide ja ansamblitega',
        ],
        'Põlvamaa',
      ),
      job(
        'Müügijuht (konverentsid ja grupid)',
        'Emajõe Spaahotell AS',
        '2013-09',
        '2020-04',
        true,
        '09.2013 → 04.2020',
        ['ettevõtete konverentsid ja grupimajutus', 'oma kliendid: umbes 150 ettevõtet ja reisibürood'],
        'Tartu',
      ),
      job(
        'Vastuvõtuadministraator',
        'Emajõe Spaahotell AS',
        '2009-06',
        '2013-08',
        false,
        '06.2009 → 08.2013',
        [],
        'Tartu',
      ),
      job('Kelner', 'Pärnu Rannarestoran OÜ', '2006', '2009', false, '2006 → 2009 (õpingute kõrvalt)', [], 'Pärnu'),
    ],
    education: [
      edu('rakenduskõrgharidus', 'TÜ Pärnu kolledž, turismi- ja hotellikorraldus, rakenduskõrgharidus, 2005–2009', {
        field: 'turismi- ja hotellikorraldus',
        institution: 'TÜ Pärnu kolledž',
        startYear: 2005,
        endYear: 2009,
      }),
    ],
    courses: [named('Pulmade ja ürituste korraldamine', 'Pulmade ja ürituste korraldamine, 2016')],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – väga hea'),
      lang('fi', 'B2', 'soome – hea'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('de', 'A2', 'saksa – algtase'),
    ],
    skills: ['Organiseerimisoskus', 'Läbirääkimisoskus', 'Loovus', 'Opera PMS, Excel'],
    clientBase: { activeAccounts: 90, annualRevenueEur: 640_000, segment: 'national' },
    competencies: ['innovation', 'negotiation', 'organisation'],
  },
  {
    id: 'et-h38-17-reisikonsultandist-reisibyroo-juhataja-arikliendid-narva',
    format: 'docx',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Plaatina Seitseteist',
    email: 'k.plaatina3817@example.net',
    phone: '+372 5556 3817',
    contactLines: ['Narva'],
    headings: {
      profile: 'Profiil',
      work: 'Töökogemus',
      skills: 'Oskused',
      languages: 'Keeled',
    },
    profile: [
      'Töötan reisibüroos 14 aastat: kuus aastat reisikonsultandina, 2018. aastast Narva büroo juhatajana. Juhin ' +
        'kolme konsultanti, kuid ärikliendid hoian endale – 25 Ida-Virumaa ettevõtet, kelle töölähetused, ' +
        'messireisid ja ühisüritused korraldan mina. 2025. aastal ostsid nad meie kaudu reise kokku 480 000 € eest. ' +
        'Lepingu üle otsustavad ettevõtete juhid ja omanikud, kellega suhtlen otse. Eraklientidele müüvad ' +
        'puhkusereise peamiselt konsultandid.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Büroo juhataja', 'Narva Reisid OÜ', '2018', null, true, '2018. aastast tänaseni', [
          'Ärikliendid: lepingud, pakkumised ja reisikorraldus',
          'Kolme reisikonsultandi töö planeerimine ja juhendamine',
          'Koostöö lennufirmade ja hotellidega',
        ]),
        lines: ['Büroo juhataja, 2018. aastast tänaseni — Narva Reisid OÜ'],
      },
      {
        ...job('Reisikonsultant', 'Narva Reisid OÜ', '2012-03', '2017-12', true, 'märts 2012 – detsember 2017', [
          'Puhkusereiside müük büroos ja telefoni teel',
          'Vene- ja eestikeelsete klientide nõustamine',
        ]),
        lines: ['Reisikonsultant, märts 2012 – detsember 2017 — Narva Reisid OÜ'],
      },
      {
        ...job('Administraator', 'Hotell Narova OÜ', '2009-05', '2012-02', false, 'mai 2009 – veebruar 2012', [
          'Vastuvõtt, broneeringud, Soome turistigrupid',
        ]),
        lines: ['Administraator, mai 2009 – veebruar 2012 — Hotell Narova OÜ, Narva'],
      },
    ],
    education: [
      edu(
        'rakenduskõrgharidus',
        'Tallinna Tehnikaülikooli Virumaa kolledž, ärikorraldus, rakenduskõrgharidus (kaugõpe), 2010–2014',
        {
          field: 'ärikorraldus',
          institution: 'Tallinna Tehnikaülikooli Virumaa kolledž',
          startYear: 2010,
          endYear: 2014,
        },
      ),
      edu('keskharidus', 'Narva Pähklimäe Gümnaasium, keskharidus, 2008', {
        institution: 'Narva Pähklimäe Gümnaasium',
        endYear: 2008,
      }),
    ],
    courses: [named('Ärireiside korraldamine', 'Ärireiside korraldamine, 2019')],
    certifications: [],
    languages: [
      lang('ru', 'native', 'vene – emakeel'),
      lang('et', 'C1', 'eesti – C1 (riigikeele eksam, 2010)'),
      lang('en', 'B2', 'inglise – B2'),
      lang('fi', 'B1', 'soome – B1'),
    ],
    skills: ['Suhtlemisoskus', 'Kliendikesksus', 'Broneerimissüsteemid, Excel'],
    clientBase: { activeAccounts: 25, annualRevenueEur: 480_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'communication', 'customer_focus', 'organisation'],
  },
  {
    id: 'et-h38-18-matemaatikaopetaja-ja-kinnisvaramaakler-parnu',
    format: 'txt',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Plaatina Kaheksateist',
    email: 'maakler.parnu3818@example.org',
    phone: '+372 5202 3818',
    contactLines: ['Pärnu'],
    headings: {
      profile: 'Minu lugu',
      skills: 'Oskused',
      certifications: 'Kutsetunnistused',
      languages: 'Keeled',
    },
    jobLabels: { period: 'Millal', title: 'Mis ametis', employer: 'Kus', duties: 'Sisu' },
    profile: [
      'Olen 18 aastat matemaatikaõpetaja ja 2017. aastast teen õhtuti ja nädalavahetustel ka kinnisvaramaakleri ' +
        'tööd. Maaklerina müün ja üürin välja eramuid, kortereid ja suvilaid Pärnus ja Pärnumaal; 2025. aastal viisin ' +
        'lõpule 22 tehingut. Mõlemad tööd on mulle olulised ja soovin neid ka edaspidi ühendada.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Kinnisvaramaakler',
        'Rannakinnisvara OÜ',
        '2017-09',
        null,
        true,
        'september 2017 – praegu (osalise ajaga, tasu tehingutelt)',
        [
          'objektide hindamine, pildistamine ja kuulutused',
          'näitamised, hinnaläbirääkimised ja tehingud notari juures',
        ],
        'Pärnu',
      ),
      job(
        'Matemaatikaõpetaja',
        'Pärnu Rannapargi Kool',
        '2014-08',
        null,
        false,
        'august 2014 – praegu',
        ['7.–12. klass, klassijuhataja', 'olümpiaadiks ettevalmistus'],
        'Pärnu',
      ),
      job(
        'Matemaatikaõpetaja',
        'Sindi Jõeääre Kool',
        '2008-08',
        '2014-06',
        false,
        'august 2008 – juuni 2014',
        ['5.–9. klass'],
        'Sindi',
      ),
    ],
    education: [
      edu('magistrikraad', 'Tartu Ülikool, matemaatikaõpetaja, magistrikraad, 2005–2008', {
        field: 'matemaatikaõpetaja',
        institution: 'Tartu Ülikool',
        startYear: 2005,
        endYear: 2008,
      }),
      edu('bakalaureusekraad', 'Tartu Ülikool, matemaatika, bakalaureusekraad, 2002–2005', {
        field: 'matemaatika',
        institution: 'Tartu Ülikool',
        startYear: 2002,
        endYear: 2005,
      }),
    ],
    courses: [],
    certifications: [
      named('Kinnisvaramaakler, tase 5', 'Kinnisvaramaakler, tase 5 – kehtib 2029. aastani'),
      named('Õpetaja, tase 7', 'Õpetaja, tase 7 (2013)'),
    ],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('fi', 'A2', 'soome – algtase'),
    ],
    skills: ['Läbirääkimisoskus', 'Kehtestav', 'Planeerimine – kaks tööd ühes kalendris', 'Kinnisvaraportaalid, Excel'],
    clientBase: null,
    competencies: ['negotiation', 'organisation', 'tact_assertiveness'],
  },
  {
    id: 'et-h38-19-agronoomist-seemnemuujast-aiapoe-omanik-poltsamaa',
    format: 'pdf',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Plaatina Üheksateist',
    email: 'aed.plaatina3819@example.com',
    phone: '5019 3819',
    contactLines: ['Põltsamaa, Jõgevamaa', 'Kodus: 776 3819', 'Sündinud 1963'],
    tagline: 'Aiapoe omanik · 40 aastat põllul ja aias',
    headings: {
      profile: 'Lühidalt',
      work: 'Tööelu',
      skills: 'Oskused',
      certifications: 'Tunnistus',
      languages: 'Keeled',
    },
    profile: [
      'Olen agronoom, kes on 40 aastat tegelenud põllu ja aiaga – sovhoosis, ühistus, seemnefirma ' +
        'müügiesindajana ja 2009. aastast oma aiapoes. Poes müün ise koos kahe müüjaga; lisaks on meil umbes 40 ' +
        'püsiklienti ettevõtetest – haljastusfirmad, talud ja lasteaiad Jõgeva- ja Viljandimaalt –, kelle tellimused ' +
        'võtan ise vastu. Kaupluse käive oli 2025. aastal 380 000 €.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Omanik ja müüja', 'Aiatarvete Pood Roheline Käsi OÜ', '2009', null, true, '2009. aastast', [
          'Seemned, istikud, väetised ja aiatööriistad',
          'Ettevõtete tellimused ja tarned',
          'Kevadhooajal kuni 12-tunnised päevad leti taga',
        ]),
        lines: ['2009. aastast · omanik ja müüja · Aiatarvete Pood Roheline Käsi OÜ, Põltsamaa'],
      },
      {
        ...job('Müügiesindaja', 'Agrovarustus AS', '1997', '2009', true, '1997–2009', [
          'Seemnete, väetiste ja taimekaitsevahendite pakkumised Kesk-Eesti taludele',
          'Põllupäevad ja sordikatsed',
        ]),
        lines: ['1997–2009 · müügiesindaja · Agrovarustus AS, Kesk-Eesti'],
      },
      {
        ...job('Agronoom', 'Põltsamaa Põllumeeste Ühistu', '1992', '1997', false, '1992–1997', [
          'Külvikord ja väetusplaanid',
        ]),
        lines: ['1992–1997 · agronoom · Põltsamaa Põllumeeste Ühistu'],
      },
      {
        ...job('Agronoom', 'Vooremaa sovhoos', '1986', '1991', false, '1986–1991'),
        lines: ['1986–1991 · agronoom · Vooremaa sovhoos'],
      },
    ],
    education: [
      edu('kõrgharidus', 'Eesti Põllumajanduse Akadeemia, agronoomia, kõrgharidus, 1981–1986', {
        field: 'agronoomia',
        institution: 'Eesti Põllumajanduse Akadeemia',
        startYear: 1981,
        endYear: 1986,
      }),
      edu('keskharidus', 'Põltsamaa Keskkool, keskharidus, 1981', { institution: 'Põltsamaa Keskkool', endYear: 1981 }),
    ],
    courses: [],
    certifications: [
      named(
        'Taimekaitsevahendite professionaalse kasutaja tunnistus',
        'Taimekaitsevahendite professionaalse kasutaja tunnistus, kehtib 2028. aastani',
      ),
    ],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'C1', 'vene – vabalt'),
      lang('de', 'B1', 'saksa – suhtlustasemel'),
      lang('en', 'A2', 'inglise – natuke'),
    ],
    languagesText: [
      'Eesti keel on emakeel. Vene keelt räägin vabalt (sovhoosiajast), saksa keelt suhtlustasemel ja inglise ' +
        'keelt natuke.',
    ],
    skills: ['Taimetundmine', 'Kliendisuhted', 'Ettevõtlik', 'Kassaprogramm, Excel'],
    clientBase: { activeAccounts: 40, segment: 'regional_smb' },
    competencies: ['entrepreneurship', 'relationship_building'],
  },
  {
    id: 'et-h38-20-turvatehnikust-turvalahenduste-muugikonsultant-tallinn',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Kandidaat Plaatina Kakskümmend',
    email: 'valve.plaatina3820@example.net',
    phone: '+372 5870 3820',
    contactLines: ['Tallinn, Lasnamäe'],
    tagline: 'Müügikonsultant – turva- ja läbipääsusüsteemid ettevõtetele',
    headings: {
      profile: 'Profiil',
      skills: 'Oskused',
      certifications: 'Kutsetunnistus',
      languages: 'Keeled',
    },
    profile: [
      'Kaheksa aastat paigaldasin ja hooldasin valve-, videovalve- ja läbipääsusüsteeme, 2020. aastast pakun neid ' +
        'ettevõtetele. Tehnilist tausta on vaja iga päev: objekti ülevaatus, lahenduse valik ja pakkumine tulevad ' +
        'minult.',
      'Minu kliendid: 75 ettevõtet ja korteriühistut Tallinnas ja Harjumaal. 2025. aastal tõid paigaldused ja ' +
        'valvelepingud neilt kokku 1,2 mln €. Lepingu üle otsustavad ettevõtete omanikud ja kinnisvarajuhid.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Müügikonsultant',
        'Valvur Süsteemid AS',
        '2020-01',
        null,
        true,
        'jaan 2020 – praegu',
        [
          'objektide ülevaatus ja turvalahenduse projekteerimine',
          'pakkumised, lepingud ja hinnaläbirääkimised',
          'koostöö paigaldusmeeskonnaga tähtaegade kokkuleppimisel',
        ],
        'Tallinn',
      ),
      job(
        'Turvasüsteemide tehnik',
        'Valvur Süsteemid AS',
        '2012-05',
        '2019-12',
        false,
        'mai 2012 – dets 2019',
        ['paigaldus, hooldus ja rikete kõrvaldamine', 'vahel ka väiksemate objektide hinnapakkumised'],
        'Tallinn',
      ),
      job('Elektrik', 'Harju Elektritööd OÜ', '2008-07', '2012-04', false, 'juuli 2008 – apr 2012', [], 'Tallinn'),
    ],
    education: [
      edu('kutseharidus', 'Tallinna Tööstushariduskeskus, elektrik, kutseharidus, 2005–2008', {
        field: 'elektrik',
        institution: 'Tallinna Tööstushariduskeskus',
        startYear: 2005,
        endYear: 2008,
      }),
      edu('põhiharidus', 'Tallinna Kuristiku Gümnaasium, põhiharidus, 2005', {
        institution: 'Tallinna Kuristiku Gümnaasium',
        endYear: 2005,
      }),
    ],
    courses: [],
    certifications: [named('Turvasüsteemide tehnik, tase 4', 'Turvasüsteemide tehnik, tase 4 (2014)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('ru', 'B2', 'vene – hea'),
      lang('en', 'B2', 'inglise – hea'),
      lang('fi', 'A2', 'soome – algtase'),
    ],
    skills: [
      'Tehniline müük',
      'Kliendikesksus',
      'Algatusvõime',
      'AutoCAD, Excel',
      'Elektriku kutsetunnistus (tase 4) kehtis kuni 2016',
    ],
    clientBase: { activeAccounts: 75, annualRevenueEur: 1_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'initiative', 'sales', 'teamwork'],
  },
  {
    id: 'et-h38-21-metsaostjast-puidumuugi-juht-saeveskid-valga',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Plaatina Kakskümmend Üks',
    email: 'mezs.plaatina3821@example.org',
    phone: '+372 5614 3821',
    contactLines: ['Valga', 'Töötan Eesti ja Läti poolel'],
    headings: {
      profile: 'Kokkuvõte',
      skills: 'Oskused',
      certifications: 'Kutsetunnistus',
      languages: 'Keeled',
    },
    profile: [
      'Olen lätlane, kes elab 2010. aastast Valgas. Alustasin metsurina, siis ostsin metsaomanikelt raieõigusi ja ' +
        '2016. aastast juhin Valga Puidu puiduostu ja puidu müüki. Ostu pool on endiselt minu töö, kuid põhirõhk on ' +
        'müügil: palgid, paberipuu ja hakkepuit lähevad 12 saeveskile ja töötlejale Eestis ja Lätis, kellega teen ' +
        'kvartalilepingud. 2025. aastal müüsime neile puitu kokku 6,4 mln € eest. Hinnad ja kogused lepin kokku ' +
        'saeveskite ostujuhtidega, kes tarnija üle otsustavad.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Puiduostu ja -müügi juht',
        'Valga Puit OÜ',
        '2016-02',
        null,
        true,
        'veebr 2016 – praegu',
        [
          'saeveskite ja töötlejate lepingud, hinnad ja kogused',
          'raieõiguste ostmine metsaomanikelt',
          'veograafikute planeerimine koos logistikuga',
        ],
        'Valga',
      ),
      job(
        'Metsaostja',
        'Lõuna Mets AS',
        '2010-05',
        '2016-01',
        false,
        'mai 2010 – jaan 2016',
        ['metsakinnistute ja raieõiguste ostmine Valga- ja Võrumaal', 'metsa hindamine ja raieplaanid'],
        'Valga',
      ),
      job('Metsur', 'Ziemeļu Mežs SIA', '2004', '2010', false, '2004 – 2010', [], 'Valka, Läti'),
    ],
    education: [
      edu('kutseharidus', 'Smiltene Tehnikum (Läti), metsamajandus, kutseharidus, 2001–2004', {
        field: 'metsamajandus',
        institution: 'Smiltene Tehnikum',
        startYear: 2001,
        endYear: 2004,
      }),
    ],
    courses: [named('Eesti keel C1', 'Eesti keel C1, keelekursus Valgas, 2014')],
    certifications: [named('Metsur, tase 4', 'Metsur, tase 4 (2011)')],
    languages: [
      lang('lv', 'native', 'läti – emakeel'),
      lang('et', 'C1', 'eesti – C1'),
      lang('ru', 'B2', 'vene – hea'),
      lang('en', 'B1', 'inglise – suhtlustasemel'),
    ],
    skills: [
      'Läbirääkimised',
      'Suhtevõrgustik metsaomanike ja saeveskite seas',
      'Metsa hindamine',
      'Excel, GIS (algtase)',
    ],
    clientBase: { activeAccounts: 12, annualRevenueEur: 6_400_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'organisation', 'relationship_building'],
  },
  {
    id: 'et-h38-22-kahjukasitlejast-kindlustusmaakleri-omanik-tartu',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Plaatina Kakskümmend Kaks',
    email: 'maakler.tartu3822@example.com',
    phone: '+372 5300 3822',
    contactLines: ['Tartu'],
    tagline: 'Kindlustusmaakler ja maaklerfirma juhatuse liige',
    headings: {
      profile: 'Profiil',
      skills: 'Oskused',
      certifications: 'Kutse',
      languages: 'Keeled',
    },
    jobLabels: { period: 'Tööaeg', title: 'Ametikoht', employer: 'Firma', duties: 'Tegevused' },
    profile: [
      'Asutasin 2014. aastal oma kindlustusmaaklerfirma, kus töötab peale minu kaks maaklerit ja assistent. Firma ' +
        'juhtimise kõrval on mul oma kliendiportfell: 220 ettevõtet Tartus ja Lõuna-Eestis – tootjad, ehitusfirmad, ' +
        'veoettevõtted ja põllumajandusettevõtted. Nende kindlustusmaksete maht oli 2025. aastal umbes 3,1 mln €. ' +
        'Kindlustuse üle otsustavad ettevõtete omanikud ja finantsjuhid, kellega kohtun vähemalt kord aastas.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Juhatuse liige ja kindlustusmaakler',
        'Turvaline Valik Kindlustusmaakler OÜ',
        '2014-01',
        null,
        true,
        '02.01.2014 –',
        [
          'oma klientide riskianalüüs, hanked kindlustusandjate vahel ja lepingud',
          'uute klientide leidmine',
          'kahe maakleri juhendamine, firma eelarve',
        ],
        'Tartu',
      ),
      job(
        'Kindlustusmaakler',
        'Baltic Maaklerid AS',
        '2008-04',
        '2013-12',
        true,
        '01.04.2008 – 31.12.2013',
        ['ettevõtete vara- ja vastutuskindlustus', 'umbes 90 ettevõtet Tartumaal'],
        'Tartu',
      ),
      job(
        'Kahjukäsitleja',
        'Tartu Kindlustus AS',
        '2004-09',
        '2008-03',
        false,
        '01.09.2004 – 31.03.2008',
        ['sõiduki- ja varakahjude käsitlus'],
        'Tartu',
      ),
    ],
    education: [
      edu('magistrikraad', 'Tartu Ülikool, rahandus ja arvestus, magistrikraad, 2003–2005', {
        field: 'rahandus ja arvestus',
        institution: 'Tartu Ülikool',
        startYear: 2003,
        endYear: 2005,
      }),
      edu('bakalaureusekraad', 'Tartu Ülikool, majandusteadus, bakalaureusekraad, 2000–2003', {
        field: 'majandusteadus',
        institution: 'Tartu Ülikool',
        startYear: 2000,
        endYear: 2003,
      }),
    ],
    courses: [],
    certifications: [named('Kindlustusmaakler, tase 6', 'Kindlustusmaakler, tase 6 (kehtib 2027. aastani)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – vabalt'),
      lang('ru', 'B2', 'vene – hea'),
      lang('de', 'B1', 'saksa – suhtlustasemel'),
    ],
    skills: ['Finantsteadmised', 'Kliendisuhted', 'Ettevõtlik', 'Riskide hindamine'],
    clientBase: { activeAccounts: 220, annualRevenueEur: 3_100_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['coaching', 'entrepreneurship', 'financial_analysis', 'relationship_building'],
  },
  {
    id: 'et-h38-23-muugiesindajast-ostujuht-toidukaubad-keila',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Plaatina Kakskümmend Kolm',
    email: 'ost.plaatina3823@example.net',
    phone: null,
    contactLines: ['Keila, Harjumaa', 'linkedin.example.com/in/plaatina-kakskymmend-kolm'],
    headings: {
      profile: 'Kokkuvõte',
      skills: 'Oskused',
      languages: 'Keeled',
    },
    profile: [
      'Olen seitse aastat ostujuht toidukaupade hulgifirmas. Enne seda müüsin üksteist aastat ise – ' +
        'müügiesindajana Harjumaa kauplustele ja veel varem müüjana toidupoes –, nii et tean, kuidas laua teine pool ' +
        'mõtleb. Praegu vastutan 4 000 toote sortimendi ja 18 mln € ostueelarve eest. Müüki tagasi minna ei plaani, ' +
        'kuid tarnijasuhete ja kategooriajuhtimise töö huvitab.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Ostujuht',
        'Põhja Toidukaubad AS',
        '2019-10',
        null,
        false,
        '10.2019 – tänaseni',
        [
          'aastaläbirääkimised tootjate ja importijatega',
          'sortimendi ja varude planeerimine koos müügiosakonnaga',
          'kahe ostuspetsialisti juhendamine',
        ],
        'Tallinn',
      ),
      job(
        'Müügiesindaja',
        'Maitsev Hulgi OÜ',
        '2012-08',
        '2019-09',
        true,
        '08.2012 – 09.2019',
        ['kaupluste ja kohvikute tellimused ning kampaaniad', 'riiulipinna ja kampaaniahindade läbirääkimised'],
        'Harjumaa',
      ),
      job(
        'Müüja',
        'Keila Toidupood OÜ',
        '2008-06',
        '2012-07',
        true,
        '06.2008 – 07.2012',
        ['lihaleti ja valmistoidu müük, kaubamahutus'],
        'Keila',
      ),
    ],
    education: [
      edu('bakalaureusekraad', 'Tallinna Tehnikaülikool, ärikorraldus, bakalaureusekraad (kaugõpe), 2010–2014', {
        field: 'ärikorraldus',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2010,
        endYear: 2014,
      }),
      edu('keskharidus', 'Keila Kool, keskharidus, 2008', { institution: 'Keila Kool', endYear: 2008 }),
    ],
    courses: [
      named('Kategooriajuhtimine', 'Kategooriajuhtimine, 2021'),
      named('Ostuläbirääkimised', 'Ostuläbirääkimised, 2020'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – B2'),
      lang('ru', 'B2', 'vene – B2'),
      lang('fi', 'A2', 'soome – A2'),
    ],
    skills: ['Läbirääkimisoskus', 'Analüütiline', 'Tarnijasuhted', 'Excel, SAP'],
    closing: [
      { kind: 'heading', text: 'Huvid' },
      { kind: 'paragraph', text: 'Kalapüük, korvpall Keila veteranide võistkonnas.' },
    ],
    clientBase: null,
    competencies: ['analytical', 'coaching', 'negotiation', 'organisation'],
  },
  {
    id: 'et-h38-24-paadiehitajast-tootmis-ja-muugijuht-pohjamaade-edasimuujad-saaremaa',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Plaatina Kakskümmend Neli',
    email: 'paat.plaatina3824@example.org',
    phone: '+372 5457 3824',
    contactLines: ['Orissaare, Saaremaa'],
    tagline: 'Tootmis- ja müügijuht · alumiiniumpaadid',
    headings: {
      profile: 'Profiil',
      skills: 'Oskused',
      certifications: 'Kutsetunnistus',
      languages: 'Keeled',
    },
    profile: [
      'Olen paadiehitaja. 2015. aastast juhin Saare Paadi tootmist ja müüki: 24 töötajat tehases ja edasimüüjad ' +
        'Põhjamaades. Meie paadid jõuavad lõppkliendini edasimüüjate kaudu – minu kliendid on 9 edasimüüjat Soomes, ' +
        'Rootsis ja Norras, kellega teen hooajalepingud. 2025. aastal tellisid nad kokku 2,4 mln € eest (umbes 260 ' +
        'paati). Edasimüüjate omanikud otsustavad ise, milliseid mudeleid ja kui palju nad tellivad.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Tootmis- ja müügijuht', 'Saare Paat OÜ', '2015-03', null, true, 'märtsist 2015 tänaseni', [
          'edasimüüjate hooajalepingud, hinnad ja läbirääkimised',
          'paadimessid Helsingis, Göteborgis ja Oslos',
          'tootmise planeerimine ja 24 töötaja töö',
        ]),
        lines: ['Tootmis- ja müügijuht', 'Saare Paat OÜ (Orissaare) · märtsist 2015 tänaseni'],
      },
      {
        ...job('Paadiehitaja', 'Saare Paat OÜ', '2005-05', '2015-02', false, 'maist 2005 veebruarini 2015', [
          'alumiiniumkerede keevitus ja komplekteerimine',
          'alates 2010 meistri asendaja',
        ]),
        lines: ['Paadiehitaja', 'Saare Paat OÜ (Orissaare) · maist 2005 veebruarini 2015'],
      },
      {
        ...job('Puusepp', 'Kuressaare Mööbel OÜ', '1999', '2005', false, '1999–2005'),
        lines: ['Puusepp', 'Kuressaare Mööbel OÜ (Kuressaare) · 1999–2005'],
      },
    ],
    education: [
      edu('kutseharidus', 'Kuressaare Ametikool, väikelaevaehitus, kutseharidus, 1996–1999', {
        field: 'väikelaevaehitus',
        institution: 'Kuressaare Ametikool',
        startYear: 1996,
        endYear: 1999,
      }),
    ],
    courses: [],
    certifications: [named('Väikelaevaehitaja, tase 4', 'Väikelaevaehitaja, tase 4 (2008)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('fi', 'native', 'soome – emakeel (ema on soomlane)'),
      lang('sv', 'B2', 'rootsi – hea'),
      lang('en', 'B2', 'inglise – hea'),
      lang('ru', 'A2', 'vene – algtase'),
    ],
    skills: ['Läbirääkimisoskus', 'Planeerimine', 'Meeskonnatöö', 'Inventor, Excel'],
    clientBase: { activeAccounts: 9, annualRevenueEur: 2_400_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'organisation', 'teamwork'],
  },
  {
    id: 'et-h38-25-kohviku-omanikust-pruulikoja-muugiesindaja-elva',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Plaatina Kakskümmend Viis',
    email: 'humal.plaatina3825@example.com',
    phone: '+372 5622 3825',
    contactLines: ['Elva, Tartumaa'],
    headings: {
      profile: 'Minust',
      workTable: ['Aeg', 'Amet', 'Kus'],
      skills: 'Oskused',
      certifications: 'Kutsetunnistus',
      languages: 'Keeled',
    },
    workTableOrder: ['period', 'title', 'employer'],
    profile: [
      'Seitse aastat pidasin Elvas oma kohvikut, 2021. aasta lõpus panin selle kinni. 2022. aastast pakun Vapramäe ' +
        'Pruulikoja õlut ja siidrit restoranidele, baaridele ja poodidele – ja tean omast käest, mida kohvikupidaja ' +
        'tarnijalt ootab.',
      'Minu kliendid on 85 restorani, baari ja väikepoodi Tartus, Tartumaal ja Valgamaal; 2025. aastal ostsid nad ' +
        'kokku 690 000 € eest. Valiku üle otsustavad kohtade omanikud ise.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Müügiesindaja (HoReCa)', 'Vapramäe Pruulikoda OÜ', '2022-03', null, true, '03.2022 – praegu', [
        'klientide külastused, tellimused ja hinnakokkulepped',
        'õllemaitsmised ja ürituste toetus',
        'uute kraanide paigalduse korraldamine',
      ]),
      job('Omanik ja juhataja', 'Kohvik Lepalind OÜ', '2014-06', '2021-11', false, '06.2014 – 11.2021', [
        'kohviku juhtimine, menüü ja kuus töötajat',
        'sisseostud ja tarnijad',
      ]),
      job('Kokk', 'Restoran Vilja OÜ', '2008-04', '2014-05', false, '04.2008 – 05.2014'),
      job('Baarmen', 'Ööklubi Kolm Tarka OÜ', '2005', '2008', false, '2005–2008 (õpingute ajal)'),
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text: '12.2021 – 02.2022: kohviku sulgemine ja likvideerimine, Töötukassa ümberõppekursus (vt Koolitused).',
      },
    ],
    education: [
      edu('kutseharidus', 'Tartu Kutsehariduskeskus, kokk, kutseharidus, 2002–2005', {
        field: 'kokk',
        institution: 'Tartu Kutsehariduskeskus',
        startYear: 2002,
        endYear: 2005,
      }),
    ],
    courses: [
      named('Müügitöö alused', 'Müügitöö alused, Töötukassa koolitus, 2022'),
      named('Õllesommeljee algkursus', 'Õllesommeljee algkursus, 2023'),
    ],
    certifications: [named('Kokk, tase 4', 'Kokk, tase 4 (2007)')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B2', 'inglise – hea'),
      lang('ru', 'B1', 'vene – suhtlustasemel'),
      lang('fi', 'A2', 'soome – algtase'),
    ],
    skills: ['Kliendisuhted', 'Ettevõtlik', 'Pingetaluvus', 'Juhiload B'],
    clientBase: { activeAccounts: 85, annualRevenueEur: 690_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['entrepreneurship', 'relationship_building', 'stress_resistance'],
  },
  {
    id: 'et-h38-26-elektrik-fie-ja-laupaeviti-letimuuja-kardla',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Plaatina Kakskümmend Kuus',
    email: 'hiiu.elekter3826@example.net',
    phone: '5345 3826',
    contactLines: ['Kärdla, Hiiumaa'],
    headings: {
      profile: 'Minust ja minu tööst',
      work: 'Töö',
      skills: 'Oskan',
      certifications: 'Pädevus',
      languages: 'Keeled',
    },
    profile: [
      'Olen Hiiumaa elektrik, 2011. aastast oma firmaga (FIE). Teen majade elektritöid, peamiselt eramutele ja ' +
        'suvilatele; pakkumised teen ise. Laupäeviti töötan 2019. aastast Hiiu Ehituskaupade letis – pakun ' +
        'elektri- ja sanitaartehnikat ja nõustan ehitajaid. Talvel on elektritöid vähem ja siis olen poes ka mõnel ' +
        'argipäeval.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Elektrik', 'FIE', '2011-04', null, false, 'IV 2011 – praegu', [
          'Eramute ja suvilate elektripaigaldised, liitumised ja mõõtmised',
          'Hinnapakkumised ja arved teen ise',
        ]),
        lines: ['IV 2011 – praegu: ELEKTRIK, FIE (oma firma), Hiiumaa'],
      },
      {
        ...job(
          'Letimüüja',
          'Hiiu Ehituskaubad OÜ',
          '2019',
          null,
          true,
          '2019 – praegu (laupäeviti, talvel ka argipäeviti)',
          ['Elektri- ja sanitaartehnika müük ja nõustamine', 'Tellimused ehitajatele ja paigaldajatele'],
        ),
        lines: ['2019 – praegu (laupäeviti, talvel ka argipäeviti): LETIMÜÜJA, Hiiu Ehituskaubad OÜ, Kärdla'],
      },
      {
        ...job('Elektrik', 'Saarte Elekter AS', '2006-09', '2011-03', false, 'IX 2006 – III 2011', [
          'Alajaamade ja liinide hooldus Hiiu- ja Saaremaal',
        ]),
        lines: ['IX 2006 – III 2011: ELEKTRIK, Saarte Elekter AS, Kuressaare'],
      },
    ],
    education: [
      edu('kutseharidus', 'Kuressaare Ametikool, elektrik, kutseharidus, 2003–2006', {
        field: 'elektrik',
        institution: 'Kuressaare Ametikool',
        startYear: 2003,
        endYear: 2006,
      }),
      edu('põhiharidus', 'Kärdla Põhikool, põhiharidus, 2003', { institution: 'Kärdla Põhikool', endYear: 2003 }),
    ],
    courses: [],
    certifications: [named('Elektrik, tase 4', 'Elektrik, tase 4 – kehtib 2027. aasta märtsini')],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'B1', 'inglise – suhtlustasemel'),
      lang('sv', 'A2', 'rootsi – algtase'),
      lang('ru', 'A2', 'vene – algtase'),
    ],
    skills: ['Kliendikeskne', 'Pingekindel', 'Juhiload B, BE', 'Oma kaubik ja tööriistad'],
    clientBase: null,
    competencies: ['customer_focus', 'stress_resistance'],
  },
];

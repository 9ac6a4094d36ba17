import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The third held-out set: twelve CVs (four per language, per format and three
 * per layout), written after the second held-out set, without looking at the
 * reader. Written to test/fixtures/cvs/held-out-3/ and only reported on,
 * never asserted on: it is the final measure of the reader, never tuned on.
 */
export const HELD_OUT_3: CvSource[] = [
  {
    id: 'nl-h3-01-accountmanager-installatie',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Dertig',
    email: 'kandidaat.dertig@example.com',
    phone: '06-48 27 19 03',
    contactLines: ['Hengelo (Ov.)', 'linkedin.com/in/kandidaat-dertig', 'Rijbewijs B'],
    tagline: 'Accountmanager technische groothandel',
    headings: {
      contact: 'Gegevens',
      profile: 'Wie ben ik',
      work: 'Ervaring',
      education: 'Schoolopleidingen',
      skills: 'Vaardigheden',
      languages: 'Talenkennis',
      courses: 'Trainingen',
    },
    profile: [
      'Sinds 2019 werk ik als accountmanager bij een groothandel in installatiematerialen. Ik bezoek zo’n 65 ' +
        'installatiebedrijven in Twente en de Achterhoek en ben verantwoordelijk voor een omzet van € 2,3 miljoen ' +
        'per jaar. Meestal spreek ik de eigenaar of de bedrijfsleider.',
      'Collega’s noemen me klantgericht en stressbestendig.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Accountmanager buitendienst', 'Technigro Oost B.V.', '2019', null, true, 'sinds 2019', [
          'Bezoekplanning en offertes voor installateurs in Twente en de Achterhoek',
          'Introductie van warmtepompen in het assortiment',
        ]),
        lines: ['Technigro Oost B.V. – Accountmanager buitendienst', 'sinds 2019'],
      },
      {
        ...job('Verkoper binnendienst', 'Technigro Oost B.V.', '2015', '2018', true, 'vanaf 2015 tot 2018', [
          'Telefonische orders, prijsafspraken en spoedleveringen',
        ]),
        lines: ['Verkoper binnendienst bij Technigro Oost B.V., vanaf 2015 tot 2018'],
      },
      {
        ...job('Monteur', 'Installatiebedrijf Ter Horst', '2011', '2015', false, '2011–2015'),
        lines: ['2011–2015', 'Monteur, Installatiebedrijf Ter Horst'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Vrijwilligerswerk' },
      {
        kind: 'paragraph',
        text: 'Sinds 2018 coördinator van het jaarlijkse buurtfeest in Hengelo-Noord (vrijwillig).',
      },
    ],
    education: [
      edu('associate degree', 'Associate degree Technische Bedrijfskunde, Saxion, 2016 – 2018 (deeltijd)', {
        field: 'Technische Bedrijfskunde',
        institution: 'Saxion',
        startYear: 2016,
        endYear: 2018,
      }),
      edu('mbo 4', 'MBO 4 Elektrotechniek, ROC van Twente, 2007 – 2011', {
        field: 'Elektrotechniek',
        institution: 'ROC van Twente',
        startYear: 2007,
        endYear: 2011,
      }),
    ],
    courses: [
      named('Commercieel rekenen', 'Commercieel rekenen, 2017'),
      named('Warmtepompen voor verkopers', 'Warmtepompen voor verkopers (2021)'),
    ],
    certifications: [named('VCA VOL', 'VCA VOL (2022)')],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('de', 'B2', 'Duits: goed'),
      lang('en', 'B1', 'Engels: redelijk'),
    ],
    skills: ['Overtuigend', 'Teamspeler', 'Technische kennis van installaties'],
    closing: [
      { kind: 'paragraph', text: 'Hobby’s: motorrijden en darten.' },
      { kind: 'paragraph', text: 'Referenties op verzoek beschikbaar.' },
    ],
    clientBase: { activeAccounts: 65, annualRevenueEur: 2_300_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'persuasiveness', 'stress_resistance', 'teamwork'],
  },
  {
    id: 'nl-h3-02-relatiebeheerder-verzekeringen',
    format: 'docx',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Veertig',
    email: 'kandidaat.veertig@example.net',
    phone: '+31 6 1502 7788',
    contactLines: ['Kerkstraat 14, 5211 KH ’s-Hertogenbosch'],
    headings: {
      profile: 'Persoonlijk profiel',
      education: 'Opleidingen',
      courses: 'Cursussen en certificaten',
      skills: 'Kerncompetenties',
    },
    profile: [
      'Relatiebeheerder zakelijke verzekeringen bij een intermediair. Ik beheer een portefeuille van ongeveer ' +
        '210 mkb-relaties in Noord-Brabant, met een jaarlijkse premieomzet van € 3,1 miljoen. Communicatief ' +
        'sterk, analytisch en zelfstandig.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Relatiebeheerder zakelijk', 'Van Dongen Assurantiën', '2017', null, true, '2017 – nu', [
          'Jaarlijkse risico-inventarisatie bij mkb-bedrijven',
          'Verlengingen en uitbreiding van polissen',
        ]),
        lines: ['Relatiebeheerder zakelijk – Van Dongen Assurantiën – 2017 – nu'],
      },
      {
        ...job(
          'Acceptant particulieren',
          'Brabant Verzekeringen N.V.',
          '2013-01',
          '2016-12',
          false,
          '1.2013 – 12.2016',
          ['Beoordelen van aanvragen voor woon- en autoverzekeringen'],
        ),
        lines: ['1.2013 – 12.2016: Acceptant particulieren bij Brabant Verzekeringen N.V. (Tilburg)'],
      },
      {
        ...job('Medewerker klantenservice', 'Brabant Verzekeringen N.V.', '2010', '2012', false, '2010 – 2012'),
        lines: ['Medewerker klantenservice, Brabant Verzekeringen N.V. (2010 – 2012)'],
      },
    ],
    education: [
      edu('hbo', 'Hbo Finance & Control, Avans Hogeschool, 2006 - 2010', {
        field: 'Finance & Control',
        institution: 'Avans Hogeschool',
        startYear: 2006,
        endYear: 2010,
      }),
    ],
    courses: [named('Klantgesprekken voeren', 'Training klantgesprekken voeren (2018)')],
    certifications: [
      named('Wft Schadeverzekeringen Zakelijk', 'Wft Schadeverzekeringen Zakelijk, 2015'),
      named('Wft Basis', 'Wft Basis, 2013'),
    ],
    certificationsWithCourses: true,
    languages: [lang('nl', 'native', ''), lang('en', 'B2', ''), lang('fr', 'B1', '')],
    languagesText: ['Nederlands (moedertaal), Engels op goed niveau, Frans redelijk.'],
    skills: ['Relatiebeheer', 'Adviesvaardig', 'Tactvol bij lastige schadegesprekken'],
    closing: [
      { kind: 'heading', text: 'Overige' },
      {
        kind: 'bullets',
        items: ['Rijbewijs B', 'Vrijwilliger bij uitjes voor ouderen (sinds 2019)', 'Referenties op aanvraag'],
      },
    ],
    clientBase: { activeAccounts: 210, annualRevenueEur: 3_100_000, segment: 'regional_smb' },
    competencies: ['analytical', 'communication', 'relationship_building', 'tact_assertiveness'],
  },
  {
    id: 'nl-h3-03-business-developer-software',
    format: 'txt',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Tachtig',
    email: 'kandidaat.tachtig@example.org',
    phone: '+31 20 555 3190',
    contactLines: ['Amsterdam', 'www.linkedin.com/in/kandidaat-tachtig'],
    headings: {
      profile: 'Profielschets',
      work: 'Loopbaan',
      skills: 'Skills',
      certifications: 'Certificering',
      workTable: ['Werkgever', 'Periode', 'Rol'],
    },
    profile: [
      'Business developer in B2B-software voor de logistiek. Ik ben verantwoordelijk voor nieuwe klanten in ' +
        'Nederland, België en Duitsland en beheer daarnaast 14 key accounts met een gezamenlijke jaarlijkse ' +
        'contractwaarde van ongeveer 2,8 miljoen euro. Mijn gesprekspartners zijn operationeel directeuren en ' +
        'CFO’s. Ondernemend, creatief en resultaatgericht.',
    ],
    jobStyle: 'table',
    workTableOrder: ['employer', 'period', 'title'],
    jobs: [
      job('Business Developer', 'Routewise B.V.', '2021-09', null, true, 'sept. 2021 – heden', [
        'Nieuwe klanten in de Benelux en Duitsland, van eerste gesprek tot contract',
        'Meerjarencontracten met verladers en vervoerders',
      ]),
      job('Account Executive', 'Routewise B.V.', '2019-01', '2021-08', true, 'jan. 2019 – aug. 2021', [
        'Demo’s en offertes voor middelgrote transportbedrijven',
      ]),
      job('Supply chain analist', 'Havenlogistiek Rotterdam B.V.', '2014', '2018', false, '2014 - 2018'),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Nevenfuncties' },
      { kind: 'paragraph', text: 'Sinds 2022 mentor bij een startersprogramma van de gemeente (onbezoldigd).' },
    ],
    education: [
      edu('master', 'Erasmus Universiteit Rotterdam – Bedrijfskunde, master (wo), 2009 – 2014', {
        field: 'Bedrijfskunde',
        institution: 'Erasmus Universiteit Rotterdam',
        startYear: 2009,
        endYear: 2014,
      }),
    ],
    courses: [],
    certifications: [named('HubSpot Sales Software', 'HubSpot Sales Software certificering (2022)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('de', 'B1', 'Duits – B1 (zakelijk)'),
    ],
    skills: [
      'Pipeline-opbouw en prospectie',
      'Onderhandelen over meerjarencontracten',
      'Presenteren voor directies',
      'Salesforce, HubSpot',
    ],
    closing: [{ kind: 'paragraph', text: 'Hobby’s: zeilen en padel.' }],
    clientBase: { activeAccounts: 14, annualRevenueEur: 2_800_000, segment: 'international', decisionMakers: true },
    competencies: ['entrepreneurship', 'innovation', 'negotiation'],
  },
  {
    id: 'nl-h3-04-key-accountmanager-bouw',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Duizend',
    email: 'kandidaat.duizend@example.com',
    phone: null,
    contactLines: ['Apeldoorn'],
    afterContact: [
      { kind: 'heading', text: 'Personalia' },
      { kind: 'paragraph', text: 'Geboortedatum: 3 maart 1981' },
      { kind: 'paragraph', text: 'Nationaliteit: Nederlandse' },
      { kind: 'paragraph', text: 'Rijbewijs B en E' },
    ],
    headings: {
      profile: 'Samenvatting',
      work: 'Werk',
      education: 'Onderwijs',
      courses: 'Trainingen',
      skills: 'Sterke punten',
    },
    profile: [
      'Key accountmanager bij een producent van gevelsystemen. Ik onderhoud de relaties met 11 grote ' +
        'bouwbedrijven en aannemerscombinaties in heel Nederland, samen goed voor circa 9 miljoen euro omzet ' +
        'per jaar. Mijn gesprekspartners zijn inkoopdirecteuren en projectdirecteuren.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Key Accountmanager', 'Gevelbouw Nederland B.V.', '2018-05', null, true, 'mei 2018 – heden', [
          'Raamcontracten voor woningbouw- en utiliteitsprojecten',
          'Technische afstemming met architecten en werkvoorbereiders',
        ]),
        lines: ['Key Accountmanager', 'Gevelbouw Nederland B.V. | Apeldoorn', 'mei 2018 – heden'],
      },
      {
        ...job('Accountmanager projecten', 'Bouwstoffen Van Veen B.V.', '2014', '2018-04', true, '2014 – april 2018', [
          'Projectverkoop van isolatie- en gevelmaterialen aan aannemers in Gelderland',
        ]),
        lines: ['Bouwstoffen Van Veen B.V., Accountmanager projecten, 2014 – april 2018'],
      },
      {
        ...job('Werkvoorbereider', 'Aannemersbedrijf De Groot', '2011', '2014', false, '2011–2014'),
        lines: ['2011–2014  Werkvoorbereider bij Aannemersbedrijf De Groot'],
      },
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Tussenjaar 2010 – 2011: reis door Zuid-Amerika.' }],
    education: [
      edu('hbo', 'Bouwkunde (hbo), Saxion Hogeschool Deventer, 2006 – 2010', {
        field: 'Bouwkunde',
        institution: 'Saxion Hogeschool Deventer',
        startYear: 2006,
        endYear: 2010,
      }),
      edu('havo', 'Havo, Apeldoorn (2006)', { endYear: 2006 }),
    ],
    courses: [
      named('Strategisch accountmanagement', 'Strategisch accountmanagement – NCOI, 2019'),
      named('Onderhandelen volgens Harvard', 'Onderhandelen volgens Harvard, 2016'),
    ],
    certifications: [named('VCA', 'VCA (basis)')],
    languages: [
      lang('nl', 'native', 'Nederlands — moedertaal'),
      lang('en', 'B2', 'Engels — B2'),
      lang('de', 'A2', 'Duits — A2'),
    ],
    skills: ['Onderhandelen op directieniveau', 'Assertief', 'Relatieopbouw voor de lange termijn'],
    closing: [
      { kind: 'paragraph', text: 'Interesses: wielrennen en bouwhistorie.' },
      { kind: 'paragraph', text: 'Referenties zijn op verzoek beschikbaar.' },
    ],
    clientBase: { activeAccounts: 11, annualRevenueEur: 9_000_000, segment: 'national', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building', 'tact_assertiveness'],
  },
  {
    id: 'et-h3-01-kliendisuhete-juht-pank',
    format: 'docx',
    language: 'et',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Kandidaat Miljon',
    email: 'kandidaat.miljon@example.org',
    phone: '+372 5566 1234',
    contactLines: ['Tallinn', 'linkedin.com/in/kandidaat-miljon'],
    tagline: 'Kliendisuhete juht, ettevõtete pangandus',
    headings: {
      contact: 'Kontaktid',
      profile: 'Profiil',
      skills: 'Oskused ja omadused',
      languages: 'Keelteoskus',
      courses: 'Täiendõpe',
    },
    profile: [
      'Olen kliendisuhete juht ettevõtete panganduses. Minu portfellis on 40 keskmise suurusega ettevõtet üle ' +
        'Eesti, kelle aastakäive jääb 5–50 miljoni euro vahele. Suhtlen ettevõtete juhatuse liikmete ja ' +
        'finantsjuhtidega.',
      'Olen analüütiline ja pingekindel, hea suhtlemisoskusega.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Kliendisuhete juht', 'Läänemere Pank AS', '2020', null, true, 'alates 2020', [
          'Krediidi-, arveldus- ja riskimaandustoodete pakkumine olemasolevatele klientidele',
          'Uute klientide leidmine tootmis- ja ehitussektorist',
        ]),
        lines: ['Läänemere Pank AS', 'Kliendisuhete juht', 'alates 2020'],
      },
      {
        ...job('Riskianalüütik', 'Läänemere Pank AS', '2016-01', '2019-12', false, '01.2016–12.2019', [
          'Ettevõtete krediidiriski hindamine',
        ]),
        lines: ['Riskianalüütik, Läänemere Pank AS, 01.2016–12.2019'],
      },
      {
        ...job('Kontoriassistent', 'Tartu Kinnisvarabüroo OÜ', '2013', '2015', false, '2013–2015'),
        lines: ['2013–2015 · Kontoriassistent · Tartu Kinnisvarabüroo OÜ'],
      },
    ],
    education: [
      edu('magistrikraad', 'Tartu Ülikool, rahandus ja arvestus, magistrikraad, 2013–2015', {
        field: 'rahandus ja arvestus',
        institution: 'Tartu Ülikool',
        startYear: 2013,
        endYear: 2015,
      }),
      edu('bakalaureus', 'Tartu Ülikool, majandus, bakalaureus, 2010–2013', {
        field: 'majandus',
        institution: 'Tartu Ülikool',
        startYear: 2010,
        endYear: 2013,
      }),
    ],
    courses: [named('Ettevõtete finantsanalüüs', 'Ettevõtete finantsanalüüs (2018)')],
    certifications: [named('European Financial Advisor', 'EFA – European Financial Advisor (2021)')],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('en', 'C1', 'inglise keel – C1'),
      lang('ru', 'B2', 'vene keel – B2'),
      lang('fi', 'A2', 'soome keel – A2'),
    ],
    skills: ['Suhete loomine', 'Läbirääkimisoskus', 'MS Excel, Power BI'],
    closing: [{ kind: 'paragraph', text: 'Vabal ajal: jooksmine ja male. Soovitajad soovi korral.' }],
    clientBase: { activeAccounts: 40, segment: 'national', decisionMakers: true },
    competencies: ['analytical', 'communication', 'negotiation', 'relationship_building', 'stress_resistance'],
  },
  {
    id: 'et-h3-02-muugiesindaja-ehitus',
    format: 'txt',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Tosin',
    email: 'kandidaat.tosin@example.net',
    phone: '5012 3456',
    contactLines: ['Aadress: Pikk 12, Rakvere', 'Juhiload B, C'],
    headings: {
      profile: 'Lühitutvustus',
      work: 'Varasem töö',
      education: 'Koolitee',
      courses: 'Kursused',
      skills: 'Mida ma oskan',
      languages: 'Keeled',
    },
    profile: [
      'Ehitusmaterjalide müügiesindaja Lääne-Virumaal ja Ida-Virumaal. Minu kliendid on umbes 80 väikest ' +
        'ehitusettevõtet ja ehituspoodi, aastane käive neile kokku ligikaudu 1,2 miljonit eurot.',
      'Olen kohusetundlik, ettevõtlik ja proaktiivne.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job('Müügiesindaja', 'Virumaa Ehitusmaterjalid OÜ', '2018', null, true, '2018 – praegu', [
          'Klientide külastamine, hinnapakkumised ja tellimuste vastuvõtt',
        ]),
        lines: ['2018 – praegu  Müügiesindaja, Virumaa Ehitusmaterjalid OÜ'],
      },
      {
        ...job('Müügikonsultant', 'Ehitus-Ekspert AS', '2014-09', '2017-12', true, 'september 2014 – detsember 2017', [
          'Nõustasin eraklientide ja meistrite ostusid kaupluses',
        ]),
        lines: ['Müügikonsultant (kauplus), Ehitus-Ekspert AS, september 2014 – detsember 2017'],
      },
      {
        ...job('Ehitustööline', 'Rakvere Ehitus OÜ', '2010', '2014', false, '2010–2014'),
        lines: ['Ehitustööline – Rakvere Ehitus OÜ – 2010–2014'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Vabatahtlik tegevus' },
      { kind: 'paragraph', text: 'Alates 2016 Rakvere vabatahtliku päästekomando liige.' },
    ],
    education: [
      edu('kutseharidus', 'Rakvere Ametikool, ehitusviimistleja, kutseharidus, 2007–2010', {
        field: 'ehitusviimistleja',
        institution: 'Rakvere Ametikool',
        startYear: 2007,
        endYear: 2010,
      }),
    ],
    courses: [
      named('Aktiivne müük telefonis', 'Aktiivne müük telefonis (2019)'),
      named('Tõstukijuhi koolitus', 'Tõstukijuhi koolitus, 2012'),
    ],
    certifications: [],
    languages: [lang('et', 'native', ''), lang('ru', 'C1', ''), lang('fi', 'A2', '')],
    languagesText: ['Emakeel eesti. Vene keelt räägin vabalt, soome keelt algtasemel.'],
    skills: ['Kliendikeskne', 'Müügioskus ja hea hinnatunnetus', 'Hinnapakkumised kiiresti ja korrektselt'],
    closing: [{ kind: 'paragraph', text: 'Hobid: kalapüük, saun ja mootorrattad.' }],
    clientBase: { activeAccounts: 80, annualRevenueEur: 1_200_000, segment: 'regional_smb' },
    competencies: ['customer_focus', 'entrepreneurship', 'initiative', 'sales'],
  },
  {
    id: 'et-h3-03-votmekliendihaldur-toit',
    format: 'pdf',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Esimene',
    email: 'kandidaat.esimene@example.com',
    phone: '+372 5301 9988',
    contactLines: ['Tallinn, Eesti'],
    headings: {
      work: 'Ametikohad',
      skills: 'Kompetentsid',
      languages: 'Keeled',
      courses: 'Koolitused ja sertifikaadid',
      workTable: ['Ametikoht', 'Periood', 'Ettevõte'],
    },
    profile: [
      'Võtmekliendihaldur toiduainetööstuses. Vastutan kolme Baltikumi jaekaubandusketi ja kahe Soome ' +
        'hulgimüüja eest; nende aastane käive meiega on kokku umbes 14 miljonit eurot. Kohtun regulaarselt ' +
        'ostujuhtide ja kategooriajuhtidega. Olen juhendanud kahte nooremat kliendihaldurit.',
    ],
    jobStyle: 'table',
    workTableOrder: ['title', 'period', 'employer'],
    jobs: [
      job('Võtmekliendihaldur', 'Põltsamaa Toiduainete AS', '2019-06', null, true, '06.2019 – tänaseni', [
        'Aastalepingud ja kampaaniaplaanid',
        'Müügiprognoosid ja riiulipinna ülevaated',
      ]),
      job('Müügiesindaja', 'Põltsamaa Toiduainete AS', '2015', '2019-05', true, '2015 – 05.2019', [
        'Kaupluste külastamine Kesk- ja Lõuna-Eestis',
      ]),
      job('Turundusassistent', 'Reklaamibüroo Laine OÜ', '2012', '2015', false, '2012 – 2015'),
    ],
    education: [
      edu('bakalaureus', 'Eesti Maaülikool – toiduainete tehnoloogia (bakalaureus), 2008–2012', {
        field: 'toiduainete tehnoloogia',
        institution: 'Eesti Maaülikool',
        startYear: 2008,
        endYear: 2012,
      }),
      edu('keskharidus', 'Keskharidus, Põltsamaa Ühisgümnaasium, 2008', {
        institution: 'Põltsamaa Ühisgümnaasium',
        endYear: 2008,
      }),
    ],
    courses: [
      named('Kategooriajuhtimine', 'Kategooriajuhtimine (2020)'),
      named('Juhtimise alused', 'Juhtimise alused, 2021'),
    ],
    certifications: [named('ISO 22000 siseaudiitor', 'ISO 22000 siseaudiitori sertifikaat (2017)')],
    certificationsWithCourses: true,
    languages: [
      lang('et', 'native', 'Eesti: emakeel'),
      lang('en', 'C1', 'Inglise: C1'),
      lang('ru', 'B2', 'Vene: B2'),
      lang('lv', 'A2', 'Läti: A2'),
    ],
    skills: ['Analüüsivõime (müügiandmed, turu-uuringud)', 'Kehtestav, kuid viisakas', 'Meeskonnatöö'],
    closing: [
      { kind: 'heading', text: 'Muu' },
      {
        kind: 'bullets',
        items: ['B-kategooria juhiload', 'Huvid: korvpall, kokandus', 'Soovitused esitan soovi korral'],
      },
    ],
    clientBase: { activeAccounts: 5, annualRevenueEur: 14_000_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'tact_assertiveness', 'teamwork'],
  },
  {
    id: 'et-h3-04-ariarendusjuht-energia',
    format: 'pdf',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Teine',
    email: 'kandidaat.teine@example.net',
    phone: '+372 5877 0022',
    contactLines: ['Pärnu', 'www.linkedin.com/in/kandidaat-teine'],
    headings: {
      profile: 'Enesetutvustus',
      work: 'Töökäik',
      courses: 'Koolitused',
      certifications: 'Tunnistused',
      languages: 'Keeled',
    },
    profile: [
      'Äriarendusjuht päikeseenergia valdkonnas. Leian ja arendan suuremaid ärikliente Eestis ja Lätis: ' +
        'tööstusettevõtted, logistikakeskused ja põllumajandusettevõtted. Praegu on minu vastutusel 18 ' +
        'aktiivset lepingulist klienti, aastane lepinguline maht 2,4 miljonit eurot. Suhtlen peamiselt ' +
        'ettevõtete omanikega.',
      'Olen loov ja ettevõtlik.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Äriarendusjuht', 'Päikesepark Energia OÜ', '2021', null, true, '2021 – praeguseni', [
          'Päikeseparkide ja katuselahenduste pakkumised tööstusettevõtetele',
          'Lätis edasimüüjate võrgustiku ülesehitamine',
        ]),
        lines: ['Päikesepark Energia OÜ | Äriarendusjuht | 2021 – praeguseni'],
      },
      {
        ...job('Müügijuht', 'Soojuspumbad Eesti OÜ', '2017-03', '2020-12', true, 'märts 2017 – detsember 2020', [
          'Kolmeliikmelise müügitiimi juhtimine',
        ]),
        lines: ['Müügijuht – Soojuspumbad Eesti OÜ (märts 2017 – detsember 2020)'],
      },
      {
        ...job('Elektriinsener', 'Pärnu Elektritööd AS', '2012', '2017', false, '2012–2017'),
        lines: ['2012–2017: Elektriinsener, Pärnu Elektritööd AS'],
      },
    ],
    education: [
      edu('magister', 'Tallinna Tehnikaülikool, energiatehnika, magister, 2010–2012', {
        field: 'energiatehnika',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2010,
        endYear: 2012,
      }),
      edu('rakenduskõrgharidus', 'Tallinna Tehnikakõrgkool, elektritehnika, rakenduskõrgharidus, 2006–2010', {
        field: 'elektritehnika',
        institution: 'Tallinna Tehnikakõrgkool',
        startYear: 2006,
        endYear: 2010,
      }),
    ],
    courses: [named('Müügiläbirääkimised B2B-s', 'Müügiläbirääkimised B2B-s (2018)')],
    certifications: [named('Elektritöö juht, tase 7', 'Kutsetunnistus: elektritöö juht, tase 7')],
    languages: [
      lang('et', 'native', 'eesti keel – emakeel'),
      lang('en', 'C1', 'inglise keel – vabalt'),
      lang('lv', 'B1', 'läti keel – suhtlustasemel'),
      lang('ru', 'B2', 'vene keel – hea'),
    ],
    skills: ['Finantsanalüüs ja tasuvusarvutused', 'Läbirääkimisoskus', 'Meeskonna juhendamine'],
    closing: [
      { kind: 'paragraph', text: 'Vabal ajal purjetan ja tegelen mesindusega.' },
      { kind: 'paragraph', text: 'Soovitajate kontaktid annan soovi korral.' },
    ],
    clientBase: { activeAccounts: 18, annualRevenueEur: 2_400_000, segment: 'international', decisionMakers: true },
    competencies: ['coaching', 'entrepreneurship', 'financial_analysis', 'innovation', 'negotiation'],
  },
  {
    id: 'en-h3-01-sales-executive-foodservice',
    format: 'txt',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Forty',
    email: 'candidate.forty@example.com',
    phone: '+44 7700 900456',
    contactLines: ['Manchester', 'linkedin.com/in/candidate-forty'],
    tagline: 'Sales Executive — food service',
    headings: {
      profile: 'Summary',
      work: 'Relevant experience',
      skills: 'Skills',
      courses: 'Training courses',
      certifications: 'Certificates',
    },
    profile: [
      'Sales executive supplying hotels, restaurants and contract caterers across the North West. I manage 70 ' +
        'accounts worth about £1.6m a year (around €1.9m) and deal mainly with owners and head chefs. ' +
        'Customer-centric and resilient.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Sales Executive', 'Northern Larder Foods Ltd', '2019-05', null, true, 'May 2019 – to date', [
          'Weekly visits to key accounts and tastings for new menus',
          'Grew the territory by 30 per cent in three years',
        ]),
        lines: ['Sales Executive at Northern Larder Foods Ltd, May 2019 – to date'],
      },
      {
        ...job('Telesales Advisor', 'Brightwell Catering Supplies', '2016', '2019', true, '2016 to 2019', [
          'Outbound calls to pubs and cafés, reorders and promotions',
        ]),
        lines: ['Telesales Advisor | Brightwell Catering Supplies | 2016 to 2019'],
      },
      {
        ...job('Chef de partie', 'The Quay Hotel', '2011', '2016', false, '2011 – 2016'),
        lines: ['2011 – 2016: Chef de partie, The Quay Hotel, Liverpool'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Volunteering' },
      { kind: 'paragraph', text: 'Cook at a community kitchen, one evening a week (2019 – present)' },
    ],
    education: [
      edu('vocational', 'NVQ Level 3 Professional Cookery, Liverpool City College, 2009 – 2011', {
        field: 'Professional Cookery',
        institution: 'Liverpool City College',
        startYear: 2009,
        endYear: 2011,
      }),
    ],
    courses: [
      named('Food allergen awareness', 'Food allergen awareness (2020)'),
      named('Key account management', 'Key account management, one day (2021)'),
    ],
    certifications: [named('Level 2 Food Hygiene', 'Level 2 Food Hygiene certificate (2019)')],
    languages: [lang('en', 'native', 'English – native'), lang('es', 'B1', 'Spanish – conversational')],
    skills: ['Account planning', 'Organised and reliable', 'Negotiating supply contracts'],
    closing: [
      { kind: 'paragraph', text: 'Interests: football, cooking for friends.' },
      { kind: 'paragraph', text: 'References available on request.' },
    ],
    clientBase: { activeAccounts: 70, annualRevenueEur: 1_900_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'negotiation', 'organisation', 'stress_resistance'],
  },
  {
    id: 'en-h3-02-national-account-manager-packaging',
    format: 'txt',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Fifty',
    email: 'candidate.fifty@example.org',
    phone: '01632 960 555',
    contactLines: ['14 Mill Lane, Bristol', 'Driving licence: full, clean'],
    headings: {
      profile: 'Career summary',
      work: 'Professional history',
      education: 'Academic background',
      skills: 'Competencies',
      courses: 'CPD',
      certifications: 'Memberships and certificates',
    },
    profile: [
      'National account manager for a packaging manufacturer, responsible for 12 national retail and ' +
        'food-manufacturing customers across the UK with combined annual sales of £6.3m (€7.4m). I work with ' +
        'procurement directors and category buyers. Strong commercial drive and a persuasive presenter.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('National Account Manager', 'Severn Packaging plc', '2020-02', null, true, 'February 2020 – present', [
          'Annual price reviews with category buyers',
          'Led a cross-site team on a lightweighting project',
        ]),
        lines: ['Severn Packaging plc', 'National Account Manager', 'February 2020 – present'],
      },
      {
        ...job('Account Manager', 'Severn Packaging plc', '2016', '2020-01', true, '2016 – January 2020', [
          'Looked after 30 regional food producers in the South West',
        ]),
        lines: ['Account Manager — Severn Packaging plc — 2016 – January 2020'],
      },
      {
        ...job('Graduate Buyer', 'Westcountry Foods Ltd', '2013-09', '2015-12', false, 'Sept 2013 – Dec 2015'),
        lines: ['Sept 2013 – Dec 2015', 'Graduate Buyer, Westcountry Foods Ltd'],
      },
    ],
    education: [
      edu('ba', 'BA (Hons) Business Management, University of the West of England, 2010 – 2013', {
        field: 'Business Management',
        institution: 'University of the West of England',
        startYear: 2010,
        endYear: 2013,
      }),
      edu('secondary', 'A levels (Maths, Economics, French), 2010', { endYear: 2010 }),
    ],
    courses: [
      named('Presenting with confidence', 'Presenting with confidence (2018)'),
      named('Advanced Excel', 'Advanced Excel, 2017'),
    ],
    certifications: [named('CIPS Level 4 Diploma', 'CIPS Level 4 Diploma in Procurement and Supply (2015)')],
    languages: [lang('en', 'native', ''), lang('fr', 'B2', '')],
    languagesText: ['Native English speaker; French B2 (school exchange and two years of evening classes).'],
    skills: ['Financial acumen: margins and cost models', 'Stakeholder management', 'Time management'],
    closing: [
      { kind: 'paragraph', text: 'Hobbies: cycling, sea swimming, rowing club member.' },
      { kind: 'paragraph', text: 'References: available on request.' },
    ],
    clientBase: { activeAccounts: 12, annualRevenueEur: 7_400_000, segment: 'national', decisionMakers: true },
    competencies: ['entrepreneurship', 'financial_analysis', 'organisation', 'persuasiveness'],
  },
  {
    id: 'en-h3-03-relationship-manager-private-banking',
    format: 'docx',
    language: 'en',
    layout: 'table',
    name: 'Candidate Hundred',
    email: 'candidate.hundred@example.net',
    phone: '+372 5600 7788',
    contactLines: ['Tallinn, Estonia'],
    headings: {
      profile: 'Professional profile',
      work: 'Work experience',
      skills: 'Skills',
      workTable: ['Dates', 'Company', 'Job title'],
    },
    profile: [
      'Relationship manager in private banking, looking after 85 high-net-worth clients in Estonia and Finland ' +
        'with assets of about €160m under management. Diplomatic, analytical and a good listener.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Relationship Manager, Private Banking', 'Nordhavn Bank AS', '2019-07', null, true, '7.2019 – present', [
        'Annual portfolio reviews and financial planning',
        'Cross-selling insurance and pension products',
      ]),
      job('Portfolio Analyst', 'Nordhavn Bank AS', '2016-01', '2019-06', false, '1.2016 – 6.2019', [
        'Model portfolios and performance reports',
      ]),
      job('Back-office Specialist', 'Baltic Savings Bank', '2012', '2015', false, '2012–2015'),
    ],
    education: [
      edu('msc', 'MSc Finance, Stockholm School of Economics in Riga, 2010–2012', {
        field: 'Finance',
        institution: 'Stockholm School of Economics in Riga',
        startYear: 2010,
        endYear: 2012,
      }),
      edu('ba', 'BA Economics, University of Tartu, 2007–2010', {
        field: 'Economics',
        institution: 'University of Tartu',
        startYear: 2007,
        endYear: 2010,
      }),
    ],
    courses: [named('Behavioural finance', 'Behavioural finance (online, 2022)')],
    certifications: [
      named('CFA', 'CFA charterholder (2018)'),
      named('European Financial Planner', 'EFPA European Financial Planner (EFP), 2020'),
    ],
    languages: [
      lang('et', 'native', 'Estonian – native'),
      lang('en', 'C2', 'English – C2'),
      lang('fi', 'C1', 'Finnish – fluent'),
      lang('ru', 'B2', 'Russian – good'),
    ],
    skills: ['Financial analysis', 'Relationship management', 'Bloomberg, Excel'],
    closing: [{ kind: 'paragraph', text: 'Interests: chess, cross-country skiing.' }],
    clientBase: { activeAccounts: 85, segment: 'international' },
    competencies: ['analytical', 'financial_analysis', 'relationship_building', 'tact_assertiveness'],
  },
  {
    id: 'en-h3-04-key-account-manager-medtech',
    format: 'pdf',
    language: 'en',
    layout: 'two-column',
    name: 'Candidate Thousand',
    email: 'candidate.thousand@example.com',
    phone: '+31 6 2299 4410',
    contactLines: ['Eindhoven, the Netherlands', 'linkedin.com/in/candidate-thousand', 'Driving licence B'],
    tagline: 'Key Account Manager | Medical devices',
    headings: {
      contact: 'Contact details',
      profile: 'About',
      skills: 'What I am good at',
      certifications: 'Certificates',
      courses: 'Training',
    },
    profile: [
      'Key account manager for a medical-device company, responsible for 23 hospital groups in the ' +
        'Netherlands and Belgium, €11m of annual revenue. I negotiate tenders; my counterparts are hospital ' +
        'procurement directors and heads of cardiology.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Key Account Manager', 'Cardiolyn Medical B.V.', '2020-01', null, true, 'Since January 2020', [
          'Tenders and framework agreements with hospital groups',
          'Product training for cath lab teams',
        ]),
        lines: ['Since January 2020 · Key Account Manager at Cardiolyn Medical B.V.'],
      },
      {
        ...job('Clinical Sales Specialist', 'Vasotec Benelux', '2015', '2019', true, '2015 to 2019', [
          'Sold and supported stents and balloon catheters in Flanders and the southern Netherlands',
        ]),
        lines: ['Clinical Sales Specialist', 'Vasotec Benelux, Antwerp', '2015 to 2019'],
      },
      {
        ...job('Cath Lab Nurse', 'Kempen Hospital', '2010', '2015', false, '2010 – 2015'),
        lines: ['Cath Lab Nurse, Kempen Hospital (2010 – 2015)'],
      },
    ],
    education: [
      edu('mba', 'Executive MBA, TIAS School for Business and Society, 2019 – 2021', {
        institution: 'TIAS School for Business and Society',
        startYear: 2019,
        endYear: 2021,
      }),
      edu('bachelor', 'Bachelor of Nursing, Fontys University of Applied Sciences, 2006 – 2010', {
        field: 'Nursing',
        institution: 'Fontys University of Applied Sciences',
        startYear: 2006,
        endYear: 2010,
      }),
    ],
    courses: [
      named('Tender management', 'Tender management (2021)'),
      named('Coaching skills for team leads', 'Coaching skills for team leads, 2022'),
    ],
    certifications: [named('Basic Life Support instructor', 'Basic Life Support instructor (ERC), renewed 2024')],
    languages: [
      lang('nl', 'native', 'Dutch – native'),
      lang('en', 'C1', 'English – C1'),
      lang('de', 'B2', 'German – B2'),
      lang('fr', 'A2', 'French – A2'),
    ],
    skills: ['Negotiation', 'Customer focus', 'Clinical credibility with cardiologists', 'Team player'],
    closing: [
      { kind: 'heading', text: 'Other' },
      { kind: 'paragraph', text: 'Volunteer first-aider at the local football club. Hobbies: running, jazz piano.' },
      { kind: 'paragraph', text: 'References on request.' },
    ],
    clientBase: { activeAccounts: 23, annualRevenueEur: 11_000_000, segment: 'international', decisionMakers: true },
    competencies: ['customer_focus', 'negotiation', 'teamwork'],
  },
];

import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The second held-out set: twelve more CVs (four per language, per format and
 * three per layout), written after the first held-out set had been used for
 * tuning, without looking at the reader. Written to
 * test/fixtures/cvs/held-out-2/ and only reported on, never asserted on:
 * nobody tunes the reader on them, so their table is the honest figure.
 */
export const HELD_OUT_2: CvSource[] = [
  {
    id: 'nl-h2-01-accountmanager-ict',
    format: 'pdf',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Negentien',
    email: 'kandidaat.negentien@example.com',
    phone: '+31 (0)6 4122 8390',
    contactLines: ['Lindelaan 8, 3818 GD Amersfoort', 'Rijbewijs B'],
    headings: {
      profile: 'Over mij',
      work: 'Loopbaanoverzicht',
      education: 'Opleidingen',
      courses: 'Trainingen en cursussen',
      skills: 'Persoonlijke eigenschappen',
      workTable: ['Functie', 'Organisatie', 'Jaren'],
    },
    profile: [
      'Accountmanager bij een ICT-dienstverlener in de regio Utrecht/Amersfoort. Ik beheer 48 mkb-klanten ' +
        '(20 tot 250 medewerkers) met samen een jaaromzet van ongeveer € 1,6 miljoen aan werkplekbeheer en ' +
        'cloudlicenties. Mijn gesprekspartner is meestal de directeur-eigenaar.',
    ],
    jobStyle: 'table',
    workTableOrder: ['title', 'employer', 'period'],
    jobs: [
      job('Accountmanager', 'Dataflux ICT B.V.', '2022-03', null, true, 'mrt 2022 – heden', [
        'Uitbreiden van bestaande contracten met Microsoft 365 en beveiliging',
        'Nieuwe klanten werven via bijeenkomsten van de ondernemersvereniging',
      ]),
      job('Medewerker binnendienst verkoop', 'Dataflux ICT B.V.', '2019-09', '2022-02', true, 'sep 2019 – feb 2022', [
        'Offertes, telefonische verkoop en verlengingen van licenties',
      ]),
      job('Servicedesk medewerker', 'Helpdesk Centraal', '2016', '2019', false, '2016 – 2019'),
      job('Vakkenvuller (bijbaan)', 'Supermarkt De Hoek', '2012', '2015', false, '2012 – 2015'),
    ],
    afterJobs: [
      { kind: 'heading', text: 'Nevenactiviteiten' },
      { kind: 'paragraph', text: 'Penningmeester van tennisvereniging De Lob, sinds 2020' },
      { kind: 'paragraph', text: 'Vrijwilliger bij de voedselbank (2017 – 2019)' },
    ],
    education: [
      edu('hbo', 'HBO Bedrijfskundige Informatica, Hogeschool Utrecht (2012 – 2016)', {
        field: 'Bedrijfskundige Informatica',
        institution: 'Hogeschool Utrecht',
        startYear: 2012,
        endYear: 2016,
      }),
      edu('havo', 'Havo, diploma 2012', { endYear: 2012 }),
    ],
    courses: [
      named('SPIN Selling', 'SPIN Selling (2 dagen, 2021)'),
      named('Effectief telefoneren', 'Effectief telefoneren, 2019'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'A2', 'Duits – basis'),
    ],
    skills: ['Klantgericht', 'Initiatiefrijk', 'Goed in plannen', 'Resultaatgericht'],
    closing: [
      { kind: 'heading', text: "Hobby's" },
      { kind: 'paragraph', text: 'Tennis, koken en fietsen in de Achterhoek.' },
      { kind: 'paragraph', text: 'Referenties op aanvraag.' },
    ],
    clientBase: { activeAccounts: 48, annualRevenueEur: 1_600_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'initiative', 'organisation'],
  },
  {
    id: 'nl-h2-02-relatiemanager-bank',
    format: 'docx',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Twintig',
    email: 'kandidaat.twintig@example.net',
    phone: '+31 6 2750 1964',
    contactLines: ['Zwolle', 'linkedin.com/in/kandidaat-twintig'],
    tagline: 'Relatiemanager zakelijke klanten',
    afterContact: [{ kind: 'paragraph', text: '(pasfoto)', column: 'side' }],
    headings: {
      contact: 'Persoonlijk',
      work: 'Beroepservaring',
      education: 'Scholing',
      skills: 'Sterke kanten',
      languages: 'Taalvaardigheid',
      certifications: "Diploma's en certificaten",
      courses: 'Cursussen',
    },
    profile: [
      'Sinds 2020 relatiemanager zakelijke markt bij een regionale bank. Mijn portefeuille telt circa 120 ' +
        'zakelijke klanten in Overijssel en Flevoland, van familiebedrijven tot agrarische ondernemingen, met ' +
        'een kredietportefeuille van € 85 miljoen.',
      'Ik adviseer over financiering, betalingsverkeer en opvolging, en ben analytisch sterk.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Relatiemanager Zakelijk', 'IJsseldelta Bank', '2020-01', null, true, 'januari 2020 – heden', [
          'Jaarlijkse gesprekken over financiering, betalingsverkeer en verzekeringen',
          'Afstemming met de specialisten lease en private banking',
        ]),
        lines: ['Relatiemanager Zakelijk', 'IJsseldelta Bank, Zwolle', 'januari 2020 – heden'],
      },
      {
        ...job('Accountmanager MKB', 'IJsseldelta Bank', '2016', '2019', true, '2016–2019'),
        lines: ['Accountmanager MKB · IJsseldelta Bank · 2016–2019'],
      },
      {
        ...job('Kredietanalist', 'Hanzekrediet N.V.', '2012-09', '2015-12', false, '09/2012 - 12/2015', [
          'Beoordelen van kredietaanvragen tot € 2 miljoen',
        ]),
        lines: ['Kredietanalist', 'Hanzekrediet N.V., Deventer', '09/2012 - 12/2015'],
      },
    ],
    education: [
      edu('msc', 'Master Bedrijfseconomie (MSc), Rijksuniversiteit Groningen, 2008 – 2012', {
        field: 'Bedrijfseconomie',
        institution: 'Rijksuniversiteit Groningen',
        startYear: 2008,
        endYear: 2012,
      }),
    ],
    courses: [named('Kredietbeoordeling agrarische sector', 'Kredietbeoordeling agrarische sector (2018)')],
    certifications: [
      named('Wft Basis', 'Diploma Wft Basis (2016)'),
      named('Wft Vermogen', 'Diploma Wft Vermogen (2017)'),
      named('CFP', 'CFP® (Certified Financial Planner), 2021'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands (moedertaal)'),
      lang('en', 'C1', 'Engels (C1)'),
      lang('de', 'B1', 'Duits (B1)'),
    ],
    skills: ['Financieel inzicht', 'Relatiebeheer', 'Tactvol en duidelijk'],
    closing: [{ kind: 'paragraph', text: 'Referenties worden op verzoek verstrekt.' }],
    clientBase: { activeAccounts: 120, segment: 'regional_smb' },
    competencies: ['analytical', 'financial_analysis', 'relationship_building', 'tact_assertiveness'],
  },
  {
    id: 'nl-h2-03-vertegenwoordiger-diervoeders',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Eenentwintig',
    email: 'kandidaat.eenentwintig@example.org',
    phone: '0570 - 62 48 19',
    afterContact: [
      { kind: 'heading', text: 'Personalia' },
      { kind: 'paragraph', text: 'Adres: Brinkstraat 21, 7415 BC Deventer' },
      { kind: 'paragraph', text: 'Geboren: 14-04-1984' },
      { kind: 'paragraph', text: 'Rijbewijs: B, BE' },
    ],
    headings: {
      profile: 'Samenvatting',
      work: 'Werkzaamheden',
      skills: 'Eigenschappen',
      courses: 'Cursussen',
      certifications: 'Certificaat',
    },
    profile: [
      'Ervaren vertegenwoordiger in de diervoederbranche met een groot netwerk onder veehouders in ' +
        'Oost-Nederland. Ik ken de sector van binnenuit: ik ben opgegroeid op een melkveebedrijf.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job(
          'Vertegenwoordiger buitendienst',
          'Agrimax Diervoeders B.V.',
          '2018-04',
          null,
          true,
          'van 04-2018 tot heden',
          [
            'Bezoek aan ruim 90 melkveehouders en varkenshouders in Gelderland en Overijssel',
            'Jaaromzet van mijn rayon: circa 4,2 miljoen euro',
            'Veel contact met de eigenaren van de bedrijven, vaak aan de keukentafel',
          ],
        ),
        lines: [
          'Vertegenwoordiger buitendienst bij Agrimax Diervoeders B.V. (regio Oost-Nederland), van 04-2018 tot heden',
        ],
      },
      {
        ...job('Medewerker verkoop binnendienst', 'Loohuis Veevoeders', '2011', '2018', true, 'Van 2011 tot 2018', [
          'Telefonische orderverwerking en verkoop aan vaste klanten',
        ]),
        lines: ['Van 2011 tot 2018 werkzaam als Medewerker verkoop binnendienst bij Loohuis Veevoeders in Lochem'],
      },
      {
        ...job('Magazijnmedewerker', 'Loohuis Veevoeders', '2008', '2011', false, '2008 - 2011'),
        lines: ['Magazijnmedewerker, Loohuis Veevoeders, 2008 - 2011'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Nevenactiviteiten' },
      {
        kind: 'bullets',
        items: [
          'Sinds 2015 bestuurslid van de plaatselijke ijsclub',
          '2012 – 2016: jeugdtrainer bij de voetbalvereniging',
        ],
      },
    ],
    education: [
      edu('mbo 4', 'MBO niveau 4 Veehouderij, Agrarisch Opleidingscentrum Salland, 2004 - 2008', {
        field: 'Veehouderij',
        institution: 'Agrarisch Opleidingscentrum Salland',
        startYear: 2004,
        endYear: 2008,
      }),
    ],
    courses: [
      named('Voeding en management melkvee', 'Cursus Voeding en management melkvee (2019)'),
      named('Van boer tot klant', 'Verkooptraining "Van boer tot klant" (2014)'),
    ],
    certifications: [named('VCA', 'VCA-basis (geldig tot 2027)')],
    languages: [lang('nl', 'native', ''), lang('de', 'B2', ''), lang('en', 'B1', '')],
    languagesText: ['Nederlands is mijn moedertaal. Duits spreek ik goed, Engels redelijk.'],
    skills: [
      'Ondernemend en zelfstandig',
      'Sterk in relatiebeheer met agrariërs',
      'Stressbestendig in drukke seizoenen',
    ],
    closing: [
      { kind: 'heading', text: "Hobby's" },
      { kind: 'paragraph', text: 'Schaatsen, klussen en de ijsclub.' },
      { kind: 'paragraph', text: 'Referenties kunnen op verzoek worden opgevraagd.' },
    ],
    clientBase: { activeAccounts: 90, annualRevenueEur: 4_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['entrepreneurship', 'relationship_building', 'stress_resistance'],
  },
  {
    id: 'nl-h2-04-key-accountmanager-zuivel',
    format: 'pdf',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Tweeëntwintig',
    email: 'kandidaat.tweeentwintig@example.com',
    phone: '06 1987 5523',
    contactLines: ['Breda', 'linkedin.com/in/kandidaat-tweeentwintig'],
    tagline: 'Key Account Manager Retail – FMCG',
    headings: {
      work: 'Loopbaan in het kort',
      education: 'Genoten opleidingen',
      courses: 'Bijscholing',
      skills: "Wat collega's over mij zeggen",
    },
    profile: [],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Key Account Manager', 'Brabantse Zuivelunie', '2020-10', null, true, 'okt. 2020 – heden', [
          'Verantwoordelijk voor vijf landelijke supermarktketens in Nederland en twee in België, samen goed voor ' +
            '€ 38 mln netto-omzet per jaar',
          'Jaargesprekken en promotieplanning met de categorie-inkopers en commercieel directeuren',
        ]),
        lines: ['Key Account Manager bij Brabantse Zuivelunie (okt. 2020 – heden)'],
      },
      {
        ...job('Accountmanager Foodservice', 'Zuidhoek Foods B.V.', '2016', '2020', true, '2016 t/m 2020', [
          'Groothandels en cateraars in Zuid-Nederland',
        ]),
        lines: ['Accountmanager Foodservice — Zuidhoek Foods B.V. — 2016 t/m 2020'],
      },
      {
        ...job('Trade marketeer', 'Zuidhoek Foods B.V.', '2014', '2016', false, '2014-2016', [
          'Schapplannen en acties in de winkel',
        ]),
        lines: ['Trade marketeer, Zuidhoek Foods B.V., 2014-2016'],
      },
    ],
    education: [
      edu('hbo', 'Commerciële Economie, Avans Hogeschool Breda, 2010 – 2014 (hbo)', {
        field: 'Commerciële Economie',
        institution: 'Avans Hogeschool',
        startYear: 2010,
        endYear: 2014,
      }),
    ],
    courses: [
      named('Category Management', 'Category Management, driedaagse, 2019'),
      named('Presenteren met impact', 'Presenteren met impact (2017)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('fr', 'B1', 'Frans – redelijk'),
    ],
    skills: [
      'Overtuigend in gesprekken met inkopers',
      'Een echte teamspeler',
      'Analytisch: ik leef in Excel en scannerdata',
    ],
    closing: [
      { kind: 'heading', text: 'Overig' },
      {
        kind: 'bullets',
        items: ['Rijbewijs B', "Hobby's: hardlopen (halve marathon), koken", 'Referenties op aanvraag'],
      },
    ],
    clientBase: { activeAccounts: 7, annualRevenueEur: 38_000_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'persuasiveness', 'teamwork'],
  },
  {
    id: 'et-h2-01-kliendihaldur-logistika',
    format: 'pdf',
    language: 'et',
    layout: 'two-column',
    name: 'Kandidaat Üheksateist',
    email: 'kandidaat.uheksateist@example.org',
    phone: '+372 5123 4567',
    contactLines: ['Tartu', 'Juhiload: B-kategooria'],
    tagline: 'Kliendihaldur, rahvusvaheline logistika',
    headings: {
      contact: 'Kontaktandmed',
      profile: 'Lühidalt minust',
      work: 'Tööalane kogemus',
      education: 'Hariduskäik',
      skills: 'Isikuomadused',
      languages: 'Keeled',
      courses: 'Täiendkoolitused',
    },
    profile: [
      'Olen alates 2019. aastast kliendihaldur ekspedeerimisettevõttes. Minu hallata on 26 ärikliendi portfell, ' +
        'peamiselt Eesti ja Soome tootmisettevõtted, kes veavad kaupa Skandinaaviasse ja Kesk-Euroopasse. ' +
        'Portfelli aastakäive on umbes 3,5 miljonit eurot.',
      'Suhtlen peamiselt ettevõtete tegevjuhtide ja ostujuhtidega.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Kliendihaldur', 'Baltnord Logistics OÜ', '2019-03', null, true, 'alates 03.2019', [
          'Hinnapakkumised ja lepingud olemasolevatele klientidele',
          'Uute klientide leidmine Lõuna-Eestis',
        ]),
        lines: ['Kliendihaldur', 'Baltnord Logistics OÜ', 'alates 03.2019'],
      },
      {
        ...job('Ekspedeerija', 'Baltnord Logistics OÜ', '2016', '2019', false, '2016–2019', [
          'Autovedude korraldamine Baltikumi ja Põhjamaade vahel',
        ]),
        lines: ['Ekspedeerija | Baltnord Logistics OÜ | 2016–2019'],
      },
      {
        ...job('Laotöötaja', 'Tartu Kaubaterminal AS', '2013', '2015', false, '2013–2015'),
        lines: ['Laotöötaja (suviti), Tartu Kaubaterminal AS, 2013–2015'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Vabatahtlik töö' },
      { kind: 'paragraph', text: 'Toidupanga vabatahtlik, 2020–2023: annetuste kogumise korraldamine kauplustes.' },
    ],
    education: [
      edu('bakalaureus', 'Tartu Ülikool, majandusteadus, bakalaureusekraad (2012–2016)', {
        field: 'majandusteadus',
        institution: 'Tartu Ülikool',
        startYear: 2012,
        endYear: 2016,
      }),
    ],
    courses: [
      named('Incoterms 2020', 'Incoterms 2020 koolitus (2021)'),
      named('Läbirääkimiste koolitus', 'Läbirääkimiste koolitus, 2 päeva (2022)'),
    ],
    certifications: [],
    languages: [
      lang('et', 'native', 'eesti – emakeel'),
      lang('en', 'C1', 'inglise – C1'),
      lang('fi', 'B2', 'soome – B2'),
      lang('ru', 'A2', 'vene – algtase'),
    ],
    skills: ['Kliendikeskne', 'Hea suhtlemisoskus', 'Pingekindel'],
    closing: [
      { kind: 'paragraph', text: 'Hobid: orienteerumine ja kalapüük.' },
      { kind: 'paragraph', text: 'Soovitajad esitan soovi korral.' },
    ],
    clientBase: { activeAccounts: 26, annualRevenueEur: 3_500_000, segment: 'international', decisionMakers: true },
    competencies: ['communication', 'customer_focus', 'stress_resistance'],
  },
  {
    id: 'et-h2-02-muugijuht-it',
    format: 'docx',
    language: 'et',
    layout: 'table',
    name: 'Kandidaat Kakskümmend',
    email: 'kandidaat.kakskummend@example.com',
    phone: '5890 2211',
    contactLines: ['Kase tn 7-15, 10915 Tallinn'],
    headings: {
      profile: 'Kokkuvõte',
      skills: 'Tugevad küljed',
      languages: 'Keeled',
      workTable: ['Aeg', 'Amet', 'Ettevõte'],
    },
    profile: [
      'Müügijuht IT-riistvara ja -teenuste valdkonnas. Juhin 6-liikmelist müügimeeskonda ning vastutan ise 15 ' +
        'suurima kliendi eest, kelle aastane ostumaht on kokku ligikaudu 5 miljonit eurot. Kliendid on üle ' +
        'Eesti: riigiasutused, pangad ja jaekaubandusketid.',
    ],
    jobStyle: 'table',
    workTableOrder: ['period', 'title', 'employer'],
    jobs: [
      job('Müügijuht', 'Serverhaus Eesti AS', '2021-01', null, true, 'jaan 2021 – praegu', [
        'Müügimeeskonna igapäevane juhtimine ja eesmärkide seadmine',
        'Hangetel osalemine ja raamlepingute sõlmimine',
      ]),
      job('Võtmekliendihaldur', 'Serverhaus Eesti AS', '2017', '2020', true, '2017 – 2020'),
      job('IT-tugiisik', 'Kontoritehnika OÜ', '2014-09', '2016-12', false, '09.2014 – 12.2016', [
        'Arvutite ja printerite hooldus klientide juures',
      ]),
    ],
    education: [
      edu('rakenduskõrgharidus', 'Tallinna Tehnikaülikool, informaatika, rakenduskõrgharidus, 2010–2014', {
        field: 'informaatika',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2010,
        endYear: 2014,
      }),
      edu('mba', 'Estonian Business School, MBA, 2018–2020', {
        institution: 'Estonian Business School',
        startYear: 2018,
        endYear: 2020,
      }),
    ],
    courses: [],
    certifications: [
      named('ITIL 4 Foundation', 'ITIL 4 Foundation (2015)'),
      named('Azure Fundamentals', 'Microsoft Certified: Azure Fundamentals'),
    ],
    languages: [
      lang('et', 'native', 'Eesti keel – emakeel'),
      lang('en', 'C1', 'Inglise keel – vabalt'),
      lang('ru', 'B2', 'Vene keel – hea'),
      lang('de', 'A2', 'Saksa keel – algtase'),
    ],
    skills: ['Läbirääkimisoskus', 'Juhendamisoskus', 'Analüüsivõime', 'Ärivaist'],
    closing: [
      { kind: 'heading', text: 'Muu' },
      { kind: 'bullets', items: ['Juhiload: B', 'Vabal ajal mängin korvpalli ja käin matkamas.'] },
    ],
    clientBase: { activeAccounts: 15, annualRevenueEur: 5_000_000, segment: 'national' },
    competencies: ['analytical', 'coaching', 'entrepreneurship', 'negotiation'],
  },
  {
    id: 'et-h2-03-muugiesindaja-ravimid',
    format: 'docx',
    language: 'et',
    layout: 'one-column',
    name: 'Kandidaat Sada',
    email: 'kandidaat.sada@example.net',
    phone: '+372 5344 8870',
    contactLines: ['Pärnu'],
    headings: {
      profile: 'Profiil',
      education: 'Õpingud',
      courses: 'Koolitused ja kursused',
    },
    profile: [
      'Ravimite müügiesindaja Lääne-Eestis. Külastan regulaarselt umbes 60 apteeki ja perearstikeskust ' +
        'Pärnumaal, Saaremaal ja Läänemaal. Olen kohusetundlik ja järjekindel.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Müügiesindaja', 'Medfarm Baltic OÜ', '2020-09', null, true, '1.09.2020 –', [
          'Retseptiravimite ja käsimüügitoodete tutvustamine arstidele ja apteekritele',
          'Kvartaalsed müügiplaanid ja aruandlus CRM-is',
        ]),
        lines: ['Müügiesindaja, Medfarm Baltic OÜ', '1.09.2020 –'],
      },
      {
        ...job('Farmatseut', 'Rannalinna Apteek', '2014-08', '2020-08', false, '08.2014–08.2020', [
          'Retseptide väljastamine ja klientide nõustamine',
        ]),
        lines: ['Farmatseut — Rannalinna Apteek (Pärnu)', '08.2014–08.2020'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Muud tegevused' },
      { kind: 'paragraph', text: 'Alates 2019 Pärnu jahtklubi juhatuse liige (vabatahtlikuna).' },
    ],
    education: [
      edu('rakenduskõrgharidus', 'Tartu Tervishoiu Kõrgkool – farmaatsia, rakenduskõrgharidus (2011–2014)', {
        field: 'farmaatsia',
        institution: 'Tartu Tervishoiu Kõrgkool',
        startYear: 2011,
        endYear: 2014,
      }),
      edu('keskharidus', 'Keskharidus – Pärnu, 2011', { endYear: 2011 }),
    ],
    courses: [
      named('Konsultatiivne müük', 'Müügikoolitus "Konsultatiivne müük" (2021)'),
      named('Esmaabi', 'Esmaabi (2022)'),
    ],
    certifications: [],
    languages: [lang('et', 'native', ''), lang('en', 'B2', ''), lang('ru', 'B1', '')],
    languagesText: ['Emakeel on eesti keel. Inglise keelt valdan heal tasemel, vene keelt suhtlustasemel.'],
    skills: ['Planeerimine ja organiseerimine', 'Suhete loomine arstidega', 'Meeskonnatöö'],
    closing: [{ kind: 'paragraph', text: 'Huvid: purjetamine, lugemine.' }],
    clientBase: { activeAccounts: 60, segment: 'regional_smb' },
    competencies: ['organisation', 'relationship_building', 'teamwork'],
  },
  {
    id: 'et-h2-04-arikliendihaldur-liising',
    format: 'txt',
    language: 'et',
    layout: 'bullets',
    name: 'Kandidaat Tuhat',
    email: 'kandidaat.tuhat@example.com',
    phone: null,
    contactLines: ['Tallinn', 'linkedin.com/in/kandidaat-tuhat'],
    headings: {
      profile: 'Tutvustus',
      work: 'Kogemus',
      education: 'Haridustee',
      skills: 'Pädevused',
      languages: 'Keeled',
      certifications: 'Kutsetunnistused',
      courses: 'Kursused',
    },
    profile: [
      'Ärikliendihaldur liisingufirmas, varem krediidispetsialist. Tugev finantsanalüüsi oskus ja hea ' +
        'ettevõtete tundmine.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Ärikliendihaldur', 'Põhjaranniku Liising AS', '2021-03', null, true, 'märts 2021 – praegu', [
          'Liisingu- ja faktooringulahendused väike- ja keskmise suurusega ettevõtetele Harju- ja Raplamaal',
          'Portfellis 75 aktiivset klienti, liisingportfelli jääk 18 miljonit eurot',
          'Suhtlen otse ettevõtete omanike ja finantsjuhtidega',
        ]),
        lines: ['Ärikliendihaldur | Põhjaranniku Liising AS | märts 2021 – praegu'],
      },
      {
        ...job('Krediidispetsialist', 'Põhjaranniku Liising AS', '2018-09', '2021-02', false, '09.2018 – 02.2021', [
          'Liisingutaotluste analüüs ja otsuste ettevalmistamine',
        ]),
        lines: ['Krediidispetsialist | Põhjaranniku Liising AS | 09.2018 – 02.2021'],
      },
      {
        ...job('Klienditeenindaja', 'Linnaside AS', '2015-06', '2017-12', false, '06.2015 – 12.2017'),
        lines: ['Klienditeenindaja | Linnaside AS | 06.2015 – 12.2017'],
      },
    ],
    afterJobs: [{ kind: 'paragraph', text: 'Vaheaeg 01.2018–08.2018: reisimine Lõuna-Ameerikas' }],
    education: [
      edu('bakalaureus', 'Tallinna Tehnikaülikool, majandusarvestus, bakalaureus 2012–2015', {
        field: 'majandusarvestus',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2012,
        endYear: 2015,
      }),
      edu('magistrikraad', 'Tallinna Tehnikaülikool, rahandus, magistrikraad 2016–2018', {
        field: 'rahandus',
        institution: 'Tallinna Tehnikaülikool',
        startYear: 2016,
        endYear: 2018,
      }),
    ],
    courses: [named('Krediidiriski juhtimine', 'Krediidiriski juhtimine (2019)')],
    certifications: [named('CFA', 'CFA Level I (2019)')],
    languages: [
      lang('et', 'native', 'eesti keel (emakeel)'),
      lang('en', 'B2', 'inglise keel B2'),
      lang('es', 'B1', 'hispaania keel B1'),
      lang('ru', 'A2', 'vene keel A2'),
    ],
    skills: ['finantsanalüüs', 'kliendisuhted', 'enesekindlus läbirääkimistel'],
    closing: [{ kind: 'paragraph', text: 'Soovitused saadan soovi korral.' }],
    clientBase: { activeAccounts: 75, segment: 'regional_smb', decisionMakers: true },
    competencies: ['financial_analysis', 'relationship_building', 'tact_assertiveness'],
  },
  {
    id: 'en-h2-01-territory-manager-agri',
    format: 'pdf',
    language: 'en',
    layout: 'one-column',
    name: 'Candidate Eighteen',
    email: 'candidate.eighteen@example.com',
    phone: '07700 900123',
    contactLines: ['Leeds, West Yorkshire', 'Full UK driving licence'],
    headings: {
      profile: 'Personal statement',
      work: 'Work history',
      education: 'Education & qualifications',
      skills: 'Core competencies',
      courses: 'Training',
      certifications: 'Professional certificates',
    },
    profile: [
      'Field sales professional selling agricultural machinery to farms and contractors across Yorkshire and ' +
        'the North East. I look after 140 accounts, most of them family-run farms where I deal directly with ' +
        'the owner, and I am responsible for roughly £2.6m (about €3.0m) of sales a year.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job('Territory Manager', 'Northvale Agritech Ltd', '2019-03', null, true, 'Mar 2019 to present', [
          'Grew the territory from 95 to 140 active accounts in four years',
          'Run open days and demonstrations with our dealer partners',
        ]),
        lines: ['Territory Manager, Northvale Agritech Ltd — Mar 2019 to present'],
      },
      {
        ...job('Sales Representative', 'Pennine Tractors & Plant', '2014-08', '2019-02', true, 'Aug 2014 – Feb 2019', [
          'Top performer in the region in 2017 and 2018',
        ]),
        lines: ['Sales Representative, Pennine Tractors & Plant — Aug 2014 – Feb 2019'],
      },
      {
        ...job('Workshop Technician', 'Pennine Tractors & Plant', '2010', '2014', false, '2010 – 2014'),
        lines: ['Workshop Technician, Pennine Tractors & Plant — 2010 – 2014'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Volunteering' },
      { kind: 'paragraph', text: 'Young Farmers club advisor, 2016 – present (unpaid)' },
    ],
    education: [
      edu('bsc', 'BSc (Hons) Agriculture, Harper Adams University, 2007 – 2010', {
        field: 'Agriculture',
        institution: 'Harper Adams University',
        startYear: 2007,
        endYear: 2010,
      }),
    ],
    courses: [named('Consultative selling', 'Consultative selling, 3-day course (2016)')],
    certifications: [named('BASIS Certificate in Crop Protection', 'BASIS Certificate in Crop Protection (2016)')],
    languages: [lang('en', 'native', 'English (native)'), lang('cy', 'A2', 'Welsh: basic')],
    skills: [
      'Relationship building with farm owners',
      'Negotiating trade-in values',
      'Self-starter; I plan my own week',
    ],
    closing: [
      { kind: 'heading', text: 'Interests' },
      { kind: 'paragraph', text: 'Fell running, rugby league and restoring old tractors.' },
      { kind: 'paragraph', text: 'References available on request.' },
    ],
    clientBase: { activeAccounts: 140, annualRevenueEur: 3_000_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['initiative', 'negotiation', 'relationship_building'],
  },
  {
    id: 'en-h2-02-key-account-manager-software',
    format: 'docx',
    language: 'en',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Candidate Nineteen',
    email: 'candidate.nineteen@example.net',
    phone: '+44 20 7946 0958',
    contactLines: ['London', 'linkedin.com/in/candidate-nineteen'],
    tagline: 'Key Account Manager – B2B software',
    headings: {
      contact: 'Get in touch',
      profile: 'About me',
      work: 'Career',
      education: 'Qualifications',
      skills: 'Strengths',
      languages: 'Languages spoken',
      certifications: 'Certificates',
      courses: 'Courses',
    },
    profile: [
      'I manage nine enterprise customers in Germany, the Netherlands and the Nordics for a UK software ' +
        'company, worth €6.5m in annual recurring revenue. My counterparts are CIOs and procurement directors.',
      'Diplomatic, but assertive when a renewal gets hard.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Key Account Manager', 'Ledgerline Software Ltd', '2021-09', null, true, 'September 2021 – now', [
          'Renewals, upsell and multi-year agreements',
        ]),
        lines: ['Key Account Manager', 'Ledgerline Software Ltd', 'September 2021 – now'],
      },
      {
        ...job('Account Executive', 'Ledgerline Software Ltd', '2018-02', '2021-08', true, 'Feb 2018 – Aug 2021', [
          'New business in the DACH region, from first call to signed order',
        ]),
        lines: ['Account Executive', 'Ledgerline Software Ltd', 'Feb 2018 – Aug 2021'],
      },
      {
        ...job('Implementation Consultant', 'Orbiton Systems GmbH', '2014', '2018', false, '2014 – 2018', [
          'Rolled out finance software at mid-sized manufacturers',
        ]),
        lines: ['Implementation Consultant', 'Orbiton Systems GmbH, Munich', '2014 – 2018'],
      },
    ],
    education: [
      edu('ba', 'BA German and Business Studies, University of Warwick, 2010 – 2014', {
        field: 'German and Business Studies',
        institution: 'University of Warwick',
        startYear: 2010,
        endYear: 2014,
      }),
    ],
    courses: [named('Strategic Account Management programme', 'Strategic Account Management programme (2022)')],
    certifications: [named('Certified Scrum Product Owner', 'Certified Scrum Product Owner (2019)')],
    languages: [lang('en', 'native', ''), lang('de', 'C1', ''), lang('sv', 'A2', '')],
    languagesText: ['English is my first language; German fluent (C1), Swedish basic.'],
    skills: [
      'Negotiation skills',
      'Collaboration with product and support teams',
      'Analytical: forecasting and account plans',
    ],
    closing: [{ kind: 'paragraph', text: 'Outside work: choir singing and cycling.' }],
    clientBase: { activeAccounts: 9, annualRevenueEur: 6_500_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'tact_assertiveness', 'teamwork'],
  },
  {
    id: 'en-h2-03-account-manager-print',
    format: 'txt',
    language: 'en',
    layout: 'table',
    name: 'Candidate Twenty',
    email: 'candidate.twenty@example.org',
    phone: '087 555 0142',
    contactLines: ['12 Harbour View, Dún Laoghaire, Co. Dublin'],
    headings: {
      profile: 'Summary',
      work: 'Employment history',
      skills: 'Skills',
      courses: 'Courses attended',
      workTable: ['Company', 'Position', 'Dates'],
    },
    profile: [
      'Account manager for a commercial printing firm. My book is 55 active accounts, mostly marketing ' +
        'agencies and retailers across Ireland, worth around €2.2 million a year. Organised, customer-centric ' +
        'and calm under deadline pressure.',
    ],
    jobStyle: 'table',
    workTableOrder: ['employer', 'title', 'period'],
    jobs: [
      job('Account Manager', 'Liffey Print Group', '2020-05', null, true, '05/2020 – present', [
        'Quarterly reviews and reorders',
        'Winning new agency clients through referrals',
      ]),
      job('Estimator', 'Liffey Print Group', '2017', '2020', false, '2017 – 2020', [
        'Costing and quoting print jobs for the sales team',
      ]),
      job('Store Supervisor', 'Greenway Stationers', '2014', '2017', false, '2014 – 2017'),
    ],
    education: [
      edu('ba', 'BA in Marketing, Technological University Dublin, 2010–2014', {
        field: 'Marketing',
        institution: 'Technological University Dublin',
        startYear: 2010,
        endYear: 2014,
      }),
      edu('secondary', 'Leaving Certificate, 2010', { endYear: 2010 }),
    ],
    courses: [
      named('Colour management for print buyers', 'Colour management for print buyers (2021)'),
      named('Time management', 'Time management (half day, 2019)'),
    ],
    certifications: [],
    languages: [
      lang('en', 'native', 'English – native'),
      lang('ga', 'B2', 'Irish – good'),
      lang('fr', 'A2', 'French – basic'),
    ],
    skills: ['Quoting and estimating', 'Adobe Acrobat and prepress checks', 'Salesforce CRM'],
    closing: [
      { kind: 'heading', text: 'Other' },
      { kind: 'paragraph', text: 'I coach an under-12 hurling team at weekends. Clean driving licence.' },
      { kind: 'paragraph', text: 'Referees available on request.' },
    ],
    clientBase: { activeAccounts: 55, annualRevenueEur: 2_200_000, segment: 'national' },
    competencies: ['customer_focus', 'organisation'],
  },
  {
    id: 'en-h2-04-business-developer-energy',
    format: 'txt',
    language: 'en',
    layout: 'bullets',
    name: 'Candidate Thirty',
    email: 'candidate.thirty@example.com',
    phone: '+31 6 3090 1177',
    contactLines: ['Rotterdam, the Netherlands'],
    tagline: 'Business Developer | Energy transition',
    headings: {
      work: 'Where I have worked',
      education: 'Studies',
      skills: 'Skills & tools',
      courses: 'Further training',
    },
    profile: [],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Business Developer', 'Windkracht Solutions B.V.', '2022', null, true, '2022 – present', [
          'Opened 11 new industrial accounts in the Benelux and Germany; my portfolio is now 23 accounts',
          'Annual contract value of my portfolio: EUR 4.8 million',
          'Proposals and contract talks with plant directors and energy managers',
        ]),
        lines: ['2022 – present — Business Developer, Windkracht Solutions B.V. (Rotterdam)'],
      },
      {
        ...job('Project Engineer', 'Deltawarmte B.V.', '2019-08', '2021-12', false, 'Aug 2019 – Dec 2021', [
          'Heat network connections for industrial sites',
        ]),
        lines: ['Aug 2019 – Dec 2021 — Project Engineer, Deltawarmte B.V.'],
      },
      {
        ...job('Maintenance Engineer', 'Port Energy Services', '2015', '2018', false, '2015 – 2018'),
        lines: ['2015 – 2018 — Maintenance Engineer, Port Energy Services'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Career break' },
      { kind: 'paragraph', text: 'Jan 2019 – Jul 2019: sailing sabbatical across the Atlantic' },
    ],
    education: [
      edu('msc', 'MSc Sustainable Energy Technology, TU Delft, 2013 – 2015', {
        field: 'Sustainable Energy Technology',
        institution: 'TU Delft',
        startYear: 2013,
        endYear: 2015,
      }),
      edu('bsc', 'BSc Mechanical Engineering, TU Delft, 2010 – 2013', {
        field: 'Mechanical Engineering',
        institution: 'TU Delft',
        startYear: 2010,
        endYear: 2013,
      }),
    ],
    courses: [named('Negotiation masterclass', 'Negotiation masterclass (2023)')],
    certifications: [named('PRINCE2 Foundation', 'PRINCE2 Foundation (2018)')],
    languages: [
      lang('nl', 'native', 'Dutch – native'),
      lang('en', 'C2', 'English – C2'),
      lang('de', 'B2', 'German – B2'),
    ],
    skills: [
      'Technical and financial modelling of energy projects',
      'Entrepreneurial, comfortable starting from a blank sheet',
      'Persuasive writer of proposals',
      'Python, Excel, HubSpot',
    ],
    closing: [{ kind: 'paragraph', text: 'Hobbies: sailing, chess.' }],
    clientBase: { activeAccounts: 23, annualRevenueEur: 4_800_000, segment: 'international', decisionMakers: true },
    competencies: ['entrepreneurship', 'financial_analysis', 'persuasiveness'],
  },
];

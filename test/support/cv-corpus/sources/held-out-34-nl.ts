import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The thirty-fourth held-out set's Dutch and Flemish CVs: twenty-six ordinary CVs from yet other people and trades,
 * as people in the Netherlands and Flanders write them in 2026, written without reading the reader. Every kind of
 * layout (Word templates, design PDFs, typed text, Flemish label tables, work tables, one bullet per job), people
 * from all over both countries, careers from one year to forty, in trades the earlier sets did not use: flower bulbs,
 * diamonds, pianos, sports nutrition, sun blinds, tyres, laboratory equipment, funerals, fish, charging points,
 * mattresses, campers, local radio, compact excavators, mobility scooters, school photography, books, garden
 * furniture, defibrillators, bathrooms, equestrian feed, chicory, home care, fleet body repair, scaffolding and
 * plaster.
 */
export const HELD_OUT_34_NL: CvSource[] = [
  {
    id: 'nl-h34-01-bollenveldwerker-exportverkoper-bloembollen-hillegom',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Achtentwintighonderd Een',
    email: 'bollenexport.3401@example.com',
    phone: '06 4821 9307',
    contactLines: ['Hillegom', 'geboren 1979'],
    headings: {
      profile: 'Over mij',
      work: 'Werkverleden',
      education: 'Scholing',
      courses: 'Cursussen',
      skills: 'Sterke kanten',
      languages: 'Taalvaardigheid',
    },
    profile: [
      'Ik ben opgegroeid tussen de bollenvelden van de Duinstreek en heb in de bollen zo ongeveer alles gedaan: ' +
        'planten en rooien op het veld, pellen en afleveren in de schuur, telefonisch verkopen aan tuincentra en ' +
        'sinds 2019 de export naar Noord-Amerika en Japan. Ik ken het product van de grond tot de pallet en weet wat ' +
        'een importeur aan de andere kant van de wereld nodig heeft: betrouwbare kwaliteit, papieren die kloppen en ' +
        'een vast aanspreekpunt.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Exportverkoper Noord-Amerika en Japan',
          'Bollenexport Duinstreek B.V.',
          '2019-03',
          null,
          true,
          'per maart 2019',
          [
            'Vaste klantenkring van 42 importeurs, tuincentrumketens en postorderbedrijven in de Verenigde Staten, ' +
              'Canada en Japan',
            'Omzet 2025/2026: € 9,4 miljoen (tulpen, narcissen, hyacinten en zomerbloeiers)',
            'De eigenaren en inkoopdirecteuren van de importeurs bepalen zelf hun assortiment; ik bezoek ze twee keer ' +
              'per jaar en doe de voorverkoop in het voorjaar',
            'Fytosanitaire eisen, certificaten en verschepingen samen met de expeditie',
            'Ter vergelijking: het bedrijf zet ruim 180 miljoen bollen per jaar af',
          ],
        ),
        lines: ['Exportverkoper Noord-Amerika en Japan', 'per maart 2019 · Bollenexport Duinstreek B.V., Hillegom'],
      },
      {
        ...job(
          'Medewerker verkoop binnendienst',
          'Bollenexport Duinstreek B.V.',
          '2011-08',
          '2019-02',
          true,
          'augustus 2011 – februari 2019',
          [
            'Telefonische verkoop en orderverwerking voor tuincentra in Scandinavië en het Verenigd Koninkrijk, eigen ' +
              'klantenlijst van ongeveer 60 adressen',
            'Opstellen van de voorverkooplijsten en de prijslijsten per land',
          ],
        ),
        lines: ['Medewerker verkoop binnendienst', 'augustus 2011 – februari 2019 · Bollenexport Duinstreek B.V.'],
      },
      {
        ...job(
          'Ploegleider pellerij en afleverhal',
          'Bollenkwekerij Zandgeest',
          '2003',
          '2011-07',
          false,
          '2003 – juli 2011',
          [
            'Leiding aan een ploeg van 12 vaste krachten en in het seizoen 25 uitzendkrachten',
            'Kwaliteitscontrole bij aflevering',
          ],
        ),
        lines: ['Ploegleider pellerij en afleverhal', '2003 – juli 2011 · Bollenkwekerij Zandgeest, Lisse'],
      },
      {
        ...job('Veldwerker', 'Bollenkwekerij Zandgeest', '1998', '2003', false, '1998 – 2003', [
          'Planten, koppen en rooien; in de winter werk in de schuur',
        ]),
        lines: ['Veldwerker', '1998 – 2003 · Bollenkwekerij Zandgeest, Lisse'],
      },
    ],
    education: [
      edu('mbo 3', 'MBO niveau 3 Vakbekwaam medewerker teelt, Agrarisch Opleidingscentrum Lisse, 1995 – 1998', {
        field: 'Vakbekwaam medewerker teelt',
        institution: 'Agrarisch Opleidingscentrum Lisse',
        startYear: 1995,
        endYear: 1998,
      }),
      edu('mavo', 'MAVO, Christelijke Scholengemeenschap Hillegom, 1991 – 1995', {
        institution: 'Christelijke Scholengemeenschap Hillegom',
        startYear: 1991,
        endYear: 1995,
      }),
    ],
    courses: [
      named('Exportdocumenten en fytosanitaire regelgeving', 'Exportdocumenten en fytosanitaire regelgeving (2012)'),
      named('Engels in de internationale handel', 'Engels in de internationale handel (2014)'),
      named('Zakendoen met Japan', 'Zakendoen met Japan – Kamer van Koophandel (2020)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend (dagelijks met de VS en Canada)'),
      lang('de', 'B1', 'Duits – redelijk'),
    ],
    skills: [
      'Onderhandelen met importeurs over voorverkoop en prijzen',
      'Relatiebeheer op afstand en tijdens bezoekreizen',
      'Kennis van bollen, teelt en fytosanitaire eisen',
      'Excel, Microsoft Dynamics, Teams',
    ],
    closing: [
      { kind: 'heading', text: 'Hobby’s' },
      {
        kind: 'paragraph',
        text: 'Zeilen op de Kagerplassen en elk voorjaar vrijwilliger bij het bloemencorso (praalwagens steken).',
      },
    ],
    clientBase: { activeAccounts: 42, annualRevenueEur: 9_400_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building'],
  },
  {
    id: 'nl-h34-02-vlaamse-diamantslijper-sales-manager-diamanthandel-antwerpen',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Achtentwintighonderd Twee',
    email: 'kandidaat3402.antwerpen@example.net',
    phone: '0486 27 39 14',
    contactLines: ['2018 Antwerpen', 'Geboren in 1979 te Antwerpen'],
    headings: {
      profile: 'Profiel',
      work: 'Professionele loopbaan',
      education: 'Opleidingen',
      courses: 'Aanvullende opleidingen',
      certifications: 'Certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    jobLabels: { period: 'Periode', title: 'Functie', employer: 'Firma', duties: 'Verantwoordelijkheden' },
    profile: [
      'Ik begon op mijn achttiende aan de slijpschijf in de Kempen en ken de diamant van ruwe steen tot verkochte ' +
        'partij. Sinds 2008 zit ik aan de verkoopkant, eerst voor de Belgische juweliers en sinds 2016 voor ' +
        'klanten over de hele wereld. Ik zoek een nieuwe uitdaging in de verkoop van diamant of juwelen.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Sales manager gepolijste diamant',
        'Scheldestar Diamonds NV',
        '2016-09',
        null,
        true,
        'september 2016 – tot op vandaag',
        [
          'opvolgen van een 60-tal vaste klanten: juweliers, groothandelaars en juwelenfabrikanten in Hongkong, ' +
            'India, de Verenigde Staten en Israël',
          'omzet op mijn klanten: ongeveer 35 miljoen USD per jaar',
          'prijsonderhandeling met de eigenaars en aankopers, die zelf beslissen welke partijen ze kopen',
          'beurzen in Hongkong en Las Vegas, klantenbezoek in Mumbai en New York',
          'de firma verhandelt jaarlijks een 400.000 karaat',
        ],
        'Antwerpen',
      ),
      job(
        'Verkoper',
        'Diamanthandel Carat & Co BVBA',
        '2008-01',
        '2016-08',
        true,
        'januari 2008 – augustus 2016',
        [
          'verkoop van gepolijste stenen aan juweliers in België en Nederland',
          'samenstellen van zichtzendingen, opvolgen van betalingen',
        ],
        'Antwerpen',
      ),
      job(
        'Sorteerder en taxateur',
        'Diamanthandel Carat & Co BVBA',
        '2003-03',
        '2007-12',
        false,
        'maart 2003 – december 2007',
        ['sorteren en taxeren van ruwe en gepolijste partijen op kleur, zuiverheid en slijpvorm'],
        'Antwerpen',
      ),
      job(
        'Diamantslijper',
        'Slijperij De Kempen BVBA',
        '1997',
        '2003-02',
        false,
        '1997 – februari 2003',
        ['briljant- en fantasieslijpen, vanaf 2000 ook de moeilijke stenen van de zaakvoerder'],
        'Grobbendonk',
      ),
    ],
    education: [
      edu('secondary', 'BSO Diamantbewerking, Technisch Instituut Diamant Antwerpen, 1991 – 1997', {
        field: 'Diamantbewerking',
        institution: 'Technisch Instituut Diamant Antwerpen',
        startYear: 1991,
        endYear: 1997,
      }),
    ],
    courses: [
      named('Export en kredietverzekering', 'Export en kredietverzekering – Voka (2017)'),
      named('Zakelijk Engels', 'Zakelijk Engels – CVO Antwerpen (2009)'),
    ],
    certifications: [named('Diamantgradeerder', 'Diamantgradeerder – HRD Antwerp (2004)')],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('en', 'C1', 'Engels: zeer goed'),
      lang('fr', 'B2', 'Frans: goed'),
      lang('de', 'B1', 'Duits: redelijk'),
    ],
    skills: [
      'Onderhandelingsvaardig',
      'Stressbestendig op beurzen en bij grote partijen',
      'Oog voor detail, discreet',
      'Excel, voorraadbeheer in de eigen software van de firma',
    ],
    closing: [{ kind: 'paragraph', text: 'Referenties op aanvraag.' }],
    clientBase: { activeAccounts: 60, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'stress_resistance'],
  },
  {
    id: 'nl-h34-03-getypt-pianostemmer-verkoper-pianowinkel-deventer-geen-portefeuille',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Achtentwintighonderd Drie',
    email: 'pianohuis.3403@example.org',
    phone: '06-31 58 72 40',
    contactLines: ['Deventer'],
    headings: {
      profile: 'In het kort',
      work: 'Waar ik gewerkt heb',
      education: 'Opleiding',
      skills: 'Wat ik kan',
      languages: 'Talen',
    },
    profile: [
      'Pianotechnicus en verkoper. Ik stem, repareer en verkoop al ruim twintig jaar piano’s en vleugels en help ' +
        'mensen een instrument te vinden dat bij hun spel, hun kamer en hun budget past.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Verkoper en pianotechnicus', 'Pianohuis De IJssel', '2014', null, true, '2014 – nu', [
          'Advies en verkoop van piano’s en vleugels aan particulieren in de winkel en bij mensen thuis',
          'Ongeveer 70 instrumenten per jaar verkocht, nieuw en occasion',
          'Stemmen, reguleren en kleine reparaties, ook bij kerken en muziekscholen',
        ]),
        lines: ['[2014 – nu] Pianohuis De IJssel, Deventer: verkoper en pianotechnicus'],
      },
      {
        ...job('Zelfstandig pianostemmer', 'Stemservice Salland', '2004', '2014', false, '2004 – 2014 (zzp)', [
          'Eigen stemwijk in Salland en de Achterhoek, stemmen bij particulieren en voor twee muziekwinkels',
        ]),
        lines: ['[2004 – 2014 (zzp)] Stemservice Salland: zelfstandig pianostemmer'],
      },
      {
        ...job('Leerling-pianotechnicus', 'Pianoatelier Hanzestad', '2000', '2004', false, '2000 – 2004', [
          'Opleiding in de werkplaats naast de BBL, restauratie van mechanieken',
        ]),
        lines: ['[2000 – 2004] Pianoatelier Hanzestad, Zutphen: leerling-pianotechnicus'],
      },
      {
        ...job('Winkelmedewerker', 'Muziekhandel Brink', '1996', '2000', true, '1996 – 2000 (zaterdagen)', [
          'Verkoop van bladmuziek, snaren en accessoires aan de toonbank',
        ]),
        lines: ['[1996 – 2000 (zaterdagen)] Muziekhandel Brink, Deventer: winkelmedewerker'],
      },
    ],
    education: [
      edu(
        'mbo 4',
        'MBO 4 Muziekinstrumentenmaker, richting pianotechniek (BBL), Vakschool voor Instrumentenbouw Utrecht, 2000 – 2004',
        {
          field: 'Muziekinstrumentenmaker',
          institution: 'Vakschool voor Instrumentenbouw Utrecht',
          startYear: 2000,
          endYear: 2004,
        },
      ),
      edu('havo', 'HAVO, Scholengemeenschap De Brink, Deventer, 1994 – 1999', {
        institution: 'Scholengemeenschap De Brink',
        startYear: 1994,
        endYear: 1999,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [lang('nl', 'native', 'Nederlands'), lang('de', 'B2', 'Duits'), lang('en', 'B1', 'Engels')],
    languagesText: ['Nederlands (moedertaal), Duits goed (veel klanten uit het Duitse grensgebied), Engels redelijk.'],
    skills: ['Klantgericht advies zonder opdringerig te zijn', 'Stemmen op gehoor en met software', 'Rijbewijs B'],
    closing: [{ kind: 'paragraph', text: 'Vrije tijd: trombone in een bigband, fietsen langs de IJssel.' }],
    clientBase: null,
    competencies: ['customer_focus'],
  },
  {
    id: 'nl-h34-04-fitnesstrainer-accountmanager-sportvoeding-den-bosch',
    format: 'docx',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Achtentwintighonderd Vier',
    email: 'sportvoeding.h34.04@example.org',
    phone: '+31 6 2039 4817',
    contactLines: ['’s-Hertogenbosch', 'LinkedIn: example.com/in/k-achtentwintighonderd-vier'],
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleidingen',
      certifications: 'Licenties',
      skills: 'Kwaliteiten',
      languages: 'Talen',
    },
    profile: [
      'Van de sportschoolvloer naar de klant: zeven jaar personal trainer en clubmanager, sinds 2021 accountmanager ' +
        'bij een producent van sportvoeding. Ik spreek de taal van trainers en eigenaren en weet wat er aan de bar en ' +
        'in de kleedkamer verkocht wordt.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Accountmanager sportvoeding',
        'FuelFit Nutrition B.V.',
        '2021-02',
        null,
        true,
        '02/2021 – nu',
        [
          '95 vaste klanten: sportscholen, crossfitboxen, fysiotherapiepraktijken en sportwinkels in Noord-Brabant en ' +
            'Limburg',
          'Omzet op mijn klanten in 2025: € 1,15 miljoen',
          'De eigenaren beslissen zelf wat er in hun koelkast en op hun schappen komt; ik geef productpresentaties voor ' +
            'hun trainers',
          '23 nieuwe klanten binnengehaald in 2025',
        ],
        '’s-Hertogenbosch',
      ),
      job(
        'Personal trainer en clubmanager',
        'Fitland Rosmalen',
        '2017-09',
        '2021-01',
        false,
        '09/2017 – 01/2021',
        ['Leiding over 8 trainers, roosters, ledenacties en onderhoud van de zaal', 'Eigen PT-klanten'],
        'Rosmalen',
      ),
      job(
        'Fitnessinstructeur',
        'Fitland Rosmalen',
        '2014',
        '2017',
        false,
        '2014 – 2017 (parttime, naast de opleiding)',
        ['Groepslessen en begeleiding op de vloer'],
        'Rosmalen',
      ),
    ],
    education: [
      edu('mbo 4', 'MBO 4 Sport- en bewegingscoördinator, Sportopleidingen Brabant, ’s-Hertogenbosch, 2013 – 2017', {
        field: 'Sport- en bewegingscoördinator',
        institution: 'Sportopleidingen Brabant',
        startYear: 2013,
        endYear: 2017,
      }),
      edu('vmbo', 'VMBO-TL, Maaslandcollege Rosmalen, 2009 – 2013', {
        institution: 'Maaslandcollege Rosmalen',
        startYear: 2009,
        endYear: 2013,
      }),
    ],
    courses: [],
    certifications: [
      named(
        'Licentie Personal Trainer niveau 4',
        'Licentie Personal Trainer niveau 4 (Register Beroepen Actieve Leefstijl, geregistreerd t/m 2027)',
      ),
      named('EHBO-diploma met AED', 'EHBO-diploma met AED (herhaald in februari 2026)'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('de', 'A2', 'Duits – basis'),
    ],
    skills: ['Commercieel en sportief', 'Presenteren voor groepen', 'Teamspeler', 'HubSpot CRM'],
    clientBase: { activeAccounts: 95, annualRevenueEur: 1_150_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['sales', 'teamwork'],
  },
  {
    id: 'nl-h34-05-vlaamse-zonweringsmonteur-afgevaardigde-zonwering-torhout',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Achtentwintighonderd Vijf',
    email: 'zonwering.torhout34@example.com',
    phone: '0497 21 46 83',
    contactLines: ['Torhout', 'Rijbewijs B'],
    headings: {
      contact: 'Contactgegevens',
      profile: 'Wie ben ik',
      work: 'Werkervaring',
      education: 'Schoolloopbaan',
      courses: 'Bijkomende vorming',
      certifications: 'Attesten',
      skills: 'Competenties',
      languages: 'Talen',
    },
    profile: [
      'Ik heb acht jaar screens en rolluiken geplaatst, vijf jaar in de toonzaal gestaan en ben sinds 2015 ' +
        'afgevaardigde voor de plaatsers en dealers in West- en Oost-Vlaanderen. Omdat ik zelf op de ladder heb ' +
        'gestaan, weten de plaatsers dat ik hun problemen begrijp.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Afgevaardigde zonwering en rolluiken',
        'Solara Zonwering NV',
        '2015-04',
        null,
        true,
        'apr. 2015 – nu',
        [
          'Opvolging van een 65-tal plaatsers en dealers in West- en Oost-Vlaanderen',
          'Omzet in mijn regio: ongeveer 4,2 miljoen euro per jaar (screens, rolluiken, terrasoverkappingen)',
          'De zaakvoerders van de dealers beslissen zelf welke merken ze plaatsen; ik toon hen de nieuwigheden en ' +
            'maak de jaarafspraken',
          'Technische opleidingen voor de plaatsers in ons opleidingscentrum',
        ],
        'Ruddervoorde',
      ),
      job(
        'Toonzaalverkoper',
        'Solara Zonwering NV',
        '2010-09',
        '2015-03',
        true,
        'sept. 2010 – maart 2015',
        ['Advies en verkoop aan particulieren in de toonzaal, opmeting bij de klant thuis, offertes'],
        'Ruddervoorde',
      ),
      job(
        'Monteur zonwering',
        'Zonwering Westhoek BV',
        '2002-07',
        '2010-08',
        false,
        'juli 2002 – aug. 2010',
        ['Plaatsen van screens, rolluiken en markiezen bij particulieren en bedrijven'],
        'Diksmuide',
      ),
    ],
    education: [
      edu('secondary', 'TSO Elektromechanica, Vrij Technisch Instituut Houtland, Torhout, 1996 – 2002', {
        field: 'Elektromechanica',
        institution: 'Vrij Technisch Instituut Houtland',
        startYear: 1996,
        endYear: 2002,
      }),
    ],
    courses: [named('Verkoopstechnieken voor technici', 'Verkoopstechnieken voor technici – Syntra West (2015)')],
    certifications: [named('Attest werken op hoogte', 'Attest werken op hoogte (geldig tot 2027)')],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('fr', 'B2', 'Frans: goed'),
      lang('en', 'B1', 'Engels: redelijk'),
    ],
    languagesText: ['Nederlands: moedertaal – Frans: goed – Engels: redelijk'],
    skills: ['Klantgericht', 'Ondernemend', 'Technisch sterk: ik los problemen op de werf zelf op'],
    clientBase: { activeAccounts: 65, annualRevenueEur: 4_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'entrepreneurship'],
  },
  {
    id: 'nl-h34-06-getypt-tabel-bandenmonteur-accountmanager-wagenparken-venray',
    format: 'txt',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Achtentwintighonderd Zes',
    email: 'banden.venray.34@example.net',
    phone: '06-19 47 52 83',
    contactLines: ['Venray'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleidingen',
      courses: 'Cursussen',
      certifications: 'Certificaten',
      skills: 'Eigenschappen',
      languages: 'Talen',
      workTable: ['Tijdvak', 'Functie', 'Werkgever'],
    },
    workTableOrder: ['period', 'title', 'employer'],
    profile: [
      'Begonnen als bandenmonteur, daarna zeven jaar bedrijfsleider van een vestiging en sinds 2018 accountmanager ' +
        'voor transportbedrijven en andere wagenparken. Ik weet wat stilstand kost en regel dat een wagen snel weer ' +
        'rijdt.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Accountmanager wagenparken', 'Bandenservice Maasland B.V.', '2018-01', null, true, '1/2018 – nu', [
        '140 klanten in Noord-Limburg en Oost-Brabant: transportbedrijven, bouwbedrijven, loonwerkers en ' +
          'gemeentelijke wagenparken',
        'Omzet op mijn klanten circa € 3,8 mln (banden, montage op locatie, bandenmanagement)',
        'Contact met wagenparkbeheerders en planners, jaarafspraken en prijzen',
        'Ter info: het bedrijf monteert zo’n 90.000 banden per jaar in zes vestigingen',
      ]),
      job(
        'Bedrijfsleider vestiging Venray',
        'Bandenservice Maasland B.V.',
        '2011-03',
        '2017-12',
        false,
        '3/2011 – 12/2017',
        [
          'Leiding over 9 monteurs, planning van de werkplaats en de servicebus',
          'Voorraad en inkoop voor de vestiging',
        ],
      ),
      job('Bandenmonteur', 'Autobanden Peel en Maas', '2006', '2011-02', false, '2006 – 2/2011', [
        'Wisselen, balanceren en repareren van personenwagen-, vrachtwagen- en landbouwbanden',
      ]),
    ],
    education: [
      edu('mbo 2', 'MBO 2 Autotechniek (BBL), ROC Noord-Limburg, Venlo, 2006 – 2008', {
        field: 'Autotechniek',
        institution: 'ROC Noord-Limburg',
        startYear: 2006,
        endYear: 2008,
      }),
      edu('vmbo', 'VMBO basis, Raayland College Venray, 2002 – 2006', {
        institution: 'Raayland College Venray',
        startYear: 2002,
        endYear: 2006,
      }),
    ],
    courses: [
      named('Bandenmanagement voor wagenparken', 'Bandenmanagement voor wagenparken (2018)'),
      named('Commerciële vaardigheden', 'Commerciële vaardigheden, in-company (2019)'),
    ],
    certifications: [named('Certificaat Bandenmonteur Zwaar', 'Certificaat Bandenmonteur Zwaar (2009)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('de', 'B2', 'Duits – goed'),
      lang('en', 'B1', 'Engels – redelijk'),
    ],
    skills: ['Proactief', 'Praktisch en nuchter', 'Afspraak is afspraak'],
    clientBase: { activeAccounts: 140, annualRevenueEur: 3_800_000, segment: 'regional_smb' },
    competencies: ['initiative'],
  },
  {
    id: 'nl-h34-07-analist-accountmanager-laboratoriumapparatuur-zeist',
    format: 'pdf',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Achtentwintighonderd Zeven',
    email: 'labtech.zeist.3407@example.com',
    phone: '06 12 83 47 95',
    contactLines: ['Zeist'],
    tagline: 'Accountmanager life sciences – van het lab naar de klant',
    headings: {
      profile: 'Profiel',
      work: 'Loopbaan',
      education: 'Opleiding',
      courses: 'Trainingen',
      skills: 'Competenties',
      languages: 'Talen',
      workTable: ['Looptijd', 'Werkgever', 'Functie'],
    },
    profile: [
      'Zeven jaar analist in een ziekenhuislaboratorium, vier jaar applicatiespecialist en sinds 2020 accountmanager. ' +
        'Ik weet hoe een lab werkt, welke apparatuur het nodig heeft en wat een storing op vrijdagmiddag betekent.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Accountmanager life sciences', 'Labtech Benelux B.V.', '2020-10', null, true, '2020/10 – heden', [
        'Portefeuille van 70 laboratoria door heel Nederland: ziekenhuislabs, universiteiten, voedingsmiddelen- en ' +
          'farmaceutische bedrijven',
        'Omzet 2025: € 5,3 miljoen (apparatuur, servicecontracten en verbruiksartikelen)',
        'Gesprekspartners zijn labmanagers en afdelingshoofden, die over de aanschaf beslissen',
        'Demonstraties op locatie, samen met de applicatiespecialisten',
      ]),
      job('Applicatiespecialist', 'Labtech Benelux B.V.', '2016-03', '2020-09', false, '2016/03 – 2020/09', [
        'Installatie, validatie en gebruikerstrainingen; demo’s voor de accountmanagers, geen eigen klanten',
      ]),
      job(
        'Analist klinische chemie',
        'Regionaal Ziekenhuislaboratorium Midden-Nederland',
        '2009-08',
        '2016-02',
        false,
        '2009/08 – 2016/02',
        ['Routine- en spoedanalyses, kwaliteitscontrole en onderhoud van de analyzers'],
      ),
    ],
    education: [
      edu('hbo', 'HBO Biologie en Medisch Laboratoriumonderzoek, Hogeschool Utrecht, 2005 – 2009', {
        field: 'Biologie en Medisch Laboratoriumonderzoek',
        institution: 'Hogeschool Utrecht',
        startYear: 2005,
        endYear: 2009,
      }),
      edu('havo', 'HAVO, Christelijk Lyceum Zeist, 2000 – 2005', {
        institution: 'Christelijk Lyceum Zeist',
        startYear: 2000,
        endYear: 2005,
      }),
    ],
    courses: [
      named('Accountplanning en aanbestedingen', 'Accountplanning en aanbestedingen – NEVI (2021)'),
      named('Presenteren aan beslissers', 'Presenteren aan beslissers (2022)'),
    ],
    certifications: [],
    languages: [lang('nl', 'native', 'Nederlands'), lang('en', 'C1', 'Engels'), lang('de', 'B1', 'Duits')],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Taal', 'Spreken', 'Schrijven'],
        rows: [
          ['Nederlands', 'moedertaal', 'moedertaal'],
          ['Engels', 'vloeiend', 'vloeiend'],
          ['Duits', 'redelijk', 'redelijk'],
        ],
      },
    ],
    skills: ['Analytisch', 'Overtuigend zonder te pushen', 'Technisch inzicht', 'Salesforce, Excel'],
    clientBase: { activeAccounts: 70, annualRevenueEur: 5_300_000, segment: 'national', decisionMakers: true },
    competencies: ['analytical', 'persuasiveness'],
  },
  {
    id: 'nl-h34-08-getypt-vlaamse-schrijnwerker-uitvaartverzorger-geen-verkoop-turnhout',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Achtentwintighonderd Acht',
    email: 'uitvaart.turnhout.34@example.org',
    phone: '014 41 27 83',
    contactLines: ['2300 Turnhout'],
    afterContact: [{ kind: 'paragraph', text: 'Geboren op 4 mei 1972 · gehuwd · twee kinderen' }],
    headings: {
      profile: 'Profiel',
      work: 'Beroepservaring',
      education: 'Opleidingen',
      courses: 'Bijscholing',
      certifications: 'Attesten',
      skills: 'Persoonlijke kwaliteiten',
      languages: 'Talen',
    },
    profile: [
      'Ik ben al vijftien jaar uitvaartverzorger en was daarvoor drager en schrijnwerker. Ik begeleid families in de ' +
        'moeilijkste dagen van hun leven, rustig en met aandacht voor de kleine dingen. Na al die jaren van dag- en ' +
        'nachtdiensten zoek ik een job met meer regelmaat, bijvoorbeeld in een crematorium of bij een ' +
        'uitvaartverzekeraar.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job('Uitvaartverzorger', 'Uitvaartzorg De Linde BV', '2011', null, false, '2011 – heden', [
          'begeleiden van families van het eerste gesprek tot na de uitvaart, een 180-tal uitvaarten per jaar',
          'opmaken van de offerte en de afrekening voor de familie, regelen van de formaliteiten bij de gemeente',
          'contact met parochies, crematoria, bloemisten en drukkers',
          'inwerken van nieuwe collega’s',
        ]),
        lines: ['UITVAARTVERZORGER (2011 – heden)', 'Uitvaartzorg De Linde BV, Turnhout'],
      },
      {
        ...job('Drager en chauffeur', 'Uitvaartzorg De Linde BV', '2004', '2010', false, '2004 – 2010', [
          'overbrengingen, dragen bij uitvaarten, onderhoud van de wagens en het funerarium',
        ]),
        lines: ['DRAGER EN CHAUFFEUR (2004 – 2010)', 'Uitvaartzorg De Linde BV, Turnhout'],
      },
      {
        ...job('Schrijnwerker', 'Schrijnwerkerij Kempenhout', '1990', '2004', false, '1990 – 2004', [
          'binnenschrijnwerk: trappen, deuren en kasten; vanaf 1998 ook kisten voor twee uitvaartondernemingen',
        ]),
        lines: ['SCHRIJNWERKER (1990 – 2004)', 'Schrijnwerkerij Kempenhout, Oud-Turnhout'],
      },
    ],
    education: [
      edu('secondary', 'BSO Hout, 7de specialisatiejaar, Technisch Instituut Kempen, Turnhout, 1984 – 1990', {
        field: 'Hout',
        institution: 'Technisch Instituut Kempen',
        startYear: 1984,
        endYear: 1990,
      }),
    ],
    courses: [
      named('Opleiding uitvaartverzorger', 'Opleiding uitvaartverzorger – Syntra (2010 – 2011)'),
      named('Rouwbegeleiding', 'Rouwbegeleiding – vormingscentrum, 5 avonden (2015)'),
    ],
    certifications: [
      named('Attest beroepsbekwaamheid uitvaartondernemer', 'Attest beroepsbekwaamheid uitvaartondernemer (2012)'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('fr', 'A2', 'Frans: basis'),
      lang('en', 'A2', 'Engels: basis'),
    ],
    skills: ['Stressbestendig', 'Empathisch en discreet', 'Goed plannen, ook als alles tegelijk komt'],
    clientBase: null,
    competencies: ['organisation', 'stress_resistance'],
  },
  {
    id: 'nl-h34-09-matroos-inkoper-afslag-verkoper-vis-export-urk',
    format: 'docx',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Achtentwintighonderd Negen',
    email: 'vis.export.urk34@example.net',
    phone: '0527-684193',
    contactLines: ['Urk'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Cursussen',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Op mijn zestiende ging ik als matroos mee op de kotter, later kocht ik vis in op de afslag en sinds 2014 ' +
        'verkoop ik verse platvis aan afnemers in Frankrijk, Spanje en Italië. Ik ken de vis, de vissers en de ' +
        'markt.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Verkoper export', 'Visgroothandel De Zeester B.V.', '2014-05', null, true, 'mei 2014 tot heden', [
          'Verkoop van schol, tong en tarbot aan 35 vaste afnemers: groothandels en visverwerkers in Frankrijk, ' +
            'Spanje en Italië',
          'Omzet op mijn klanten ongeveer € 16 miljoen per jaar',
          'Elke ochtend na de afslag prijzen afspreken, meestal met de eigenaar of de inkoper die beslist',
          'De groothandel verwerkt zo’n 14.000 ton vis per jaar',
        ]),
        lines: ['Verkoper export – Visgroothandel De Zeester B.V., Urk – mei 2014 tot heden'],
      },
      {
        ...job(
          'Inkoper visafslag',
          'Visgroothandel De Zeester B.V.',
          '2009-01',
          '2014-04',
          false,
          'januari 2009 tot april 2014',
          ['Inkopen op de afslagen van Urk, Harlingen en IJmuiden, kwaliteitsbeoordeling per partij'],
        ),
        lines: ['Inkoper visafslag – Visgroothandel De Zeester B.V., Urk – januari 2009 tot april 2014'],
      },
      {
        ...job('Matroos', 'Rederij Zuiderzee', '2001', '2008', false, '2001 tot 2008', [
          'Boomkorvisserij op de Noordzee, van maandag tot vrijdag op zee; vanaf 2005 stuurman',
        ]),
        lines: ['Matroos – Rederij Zuiderzee, Urk – 2001 tot 2008'],
      },
    ],
    education: [
      edu('mbo 2', 'MBO 2 Matroos visserij (BBL), Maritieme Vakschool Urk, 2001 – 2003', {
        field: 'Matroos visserij',
        institution: 'Maritieme Vakschool Urk',
        startYear: 2001,
        endYear: 2003,
      }),
      edu('vmbo', 'VMBO basis, Christelijke Scholengemeenschap Urk, 1997 – 2001', {
        institution: 'Christelijke Scholengemeenschap Urk',
        startYear: 1997,
        endYear: 2001,
      }),
    ],
    courses: [
      named('Frans voor de handel', 'Frans voor de handel (2015)'),
      named('Spaans voor beginners', 'Spaans voor beginners (2019)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands ●●●●● moedertaal'),
      lang('en', 'B2', 'Engels ●●●●○ goed'),
      lang('fr', 'B1', 'Frans ●●●○○ redelijk'),
      lang('es', 'A2', 'Spaans ●●○○○ basis'),
    ],
    skills: ['Onderhandelen', 'Stressbestendig: de vis moet vandaag weg', 'Kwaliteit beoordelen op het oog'],
    clientBase: { activeAccounts: 35, annualRevenueEur: 16_000_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'stress_resistance'],
  },
  {
    id: 'nl-h34-10-elektricien-accountmanager-laadpalen-amersfoort',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Achtentwintighonderd Tien',
    email: 'laadpunt.3410@example.com',
    phone: '06-41 29 83 56',
    contactLines: ['Amersfoort'],
    headings: {
      profile: 'Profiel',
      work: 'Ervaring',
      education: 'Opleidingen',
      certifications: 'Certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Elektricien die de overstap naar sales heeft gemaakt. Sinds 2022 verkoop ik laadoplossingen aan bedrijven en ' +
        'VvE’s. Omdat ik jaren zelf laadpalen heb aangesloten, kan ik meteen zien wat er in een meterkast kan en wat ' +
        'niet.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Accountmanager zakelijk', 'Voltpunt Laadoplossingen B.V.', '2022-03', null, true, 'mrt 2022 – heden', [
          'Ongeveer 50 zakelijke klanten en 30 VvE’s in de provincie Utrecht, het Gooi en de Eemvallei',
          'Omzet 2025: € 2,7 miljoen (laadpleinen, installatie en beheercontracten)',
          'Offertes, subsidieaanvragen en schouwen met de werkvoorbereiding',
        ]),
        lines: ['Accountmanager zakelijk @ Voltpunt Laadoplossingen B.V.', 'mrt 2022 – heden · Amersfoort'],
      },
      {
        ...job(
          'Eerste monteur laadinfra',
          'Voltpunt Laadoplossingen B.V.',
          '2020-01',
          '2022-02',
          false,
          'jan 2020 – feb 2022',
          ['Installatie van laadpleinen tot 40 laadpunten, oplevering en uitleg aan de klant'],
        ),
        lines: ['Eerste monteur laadinfra @ Voltpunt Laadoplossingen B.V.', 'jan 2020 – feb 2022 · Amersfoort'],
      },
      {
        ...job('Elektricien', 'Installatiebedrijf Eemland', '2012-08', '2019-12', false, 'aug 2012 – dec 2019', [
          'Woningbouw en utiliteit, vanaf 2017 ook zonnepanelen en thuisladers',
        ]),
        lines: ['Elektricien @ Installatiebedrijf Eemland', 'aug 2012 – dec 2019 · Leusden'],
      },
    ],
    education: [
      edu(
        'mbo 3',
        'MBO 3 Eerste monteur elektrotechnische installaties (BBL), ROC Midden Nederland, Amersfoort, 2012 – 2015',
        {
          field: 'Eerste monteur elektrotechnische installaties',
          institution: 'ROC Midden Nederland',
          startYear: 2012,
          endYear: 2015,
        },
      ),
      edu('vmbo', 'VMBO kader Elektrotechniek, Het Element, Amersfoort, 2008 – 2012', {
        field: 'Elektrotechniek',
        institution: 'Het Element',
        startYear: 2008,
        endYear: 2012,
      }),
    ],
    courses: [],
    certifications: [
      named('Certificaat Installateur Laadinfrastructuur', 'Certificaat Installateur Laadinfrastructuur (2020)'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands'),
      lang('tr', 'native', 'Turks'),
      lang('en', 'B2', 'Engels'),
      lang('de', 'A2', 'Duits'),
    ],
    languagesText: ['Nederlands (moedertaal), Turks (moedertaal), Engels (B2), Duits (A2)'],
    skills: ['Klantgericht', 'Samenwerken met installatieploegen', 'Oplossingsgericht', 'Rijbewijs B'],
    clientBase: { activeAccounts: 80, annualRevenueEur: 2_700_000, segment: 'regional_smb' },
    competencies: ['customer_focus', 'teamwork'],
  },
  {
    id: 'nl-h34-11-vlaamse-stoffeerder-slaapadviseur-vertegenwoordiger-matrassen-geel',
    format: 'docx',
    language: 'nl',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Kandidaat Achtentwintighonderd Elf',
    email: 'slaapcomfort.geel.34@example.com',
    phone: '0479 52 18 36',
    contactLines: ['2440 Geel', 'Rijbewijs B'],
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Opleidingen en seminaries',
      skills: 'Competenties',
      languages: 'Talen',
    },
    profile: [
      'Ik heb matrassen en boxsprings leren maken in het atelier, heb ze zeven jaar verkocht in een beddenzaak en ' +
        'bezoek nu de beddenspeciaalzaken voor dezelfde fabrikant waar ik ooit begon. Ik weet hoe een bed gemaakt ' +
        'wordt en hoe je het verkoopt.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Vertegenwoordiger beddenspeciaalzaken',
        'Slaapcomfort Kempen NV',
        '2017-01',
        null,
        true,
        '1 januari 2017 – heden',
        [
          'Opvolging van een 45-tal beddenspeciaalzaken en meubelzaken in de provincies Antwerpen en Limburg',
          'Omzet: ongeveer 2,9 miljoen euro per jaar',
          'Opleiding van het winkelpersoneel over onze matrassen en boxsprings',
          'Toonzaalinrichting en acties in overleg met de zaakvoerders',
        ],
        'Geel',
      ),
      job(
        'Slaapadviseur',
        'Beddenhuis Nachtrust BV',
        '2009-03',
        '2016-12',
        true,
        '1 maart 2009 – 31 december 2016',
        ['Advies en verkoop van bedden, matrassen en lattenbodems in de winkel, leveringen plannen'],
        'Herentals',
      ),
      job(
        'Stoffeerder',
        'Slaapcomfort Kempen NV',
        '2002-09',
        '2009-02',
        false,
        '1 september 2002 – 28 februari 2009',
        ['Stofferen van boxsprings en hoofdborden, later ploegverantwoordelijke in het atelier'],
        'Geel',
      ),
    ],
    education: [
      edu('secondary', 'BSO Meubelstoffering, 7de specialisatiejaar, Technisch Atheneum De Kempen, Geel, 1995 – 2002', {
        field: 'Meubelstoffering',
        institution: 'Technisch Atheneum De Kempen',
        startYear: 1995,
        endYear: 2002,
      }),
    ],
    courses: [named('Slaapcomfort en ergonomie', 'Slaapcomfort en ergonomie (2009)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('fr', 'B1', 'Frans – redelijk'),
      lang('en', 'B2', 'Engels – goed'),
    ],
    skills: ['Communicatief', 'Klantgericht', 'Kennis van materialen en productie'],
    clientBase: { activeAccounts: 45, annualRevenueEur: 2_900_000, segment: 'regional_smb' },
    competencies: ['communication', 'customer_focus', 'organisation'],
  },
  {
    id: 'nl-h34-12-getypt-caravanmonteur-verkoper-campers-hattem-geen-portefeuille',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Achtentwintighonderd Twaalf',
    email: 'campers.hattem.3412@example.org',
    phone: '06 27 49 18 35',
    contactLines: ['Hattem'],
    headings: {
      profile: 'Profiel',
      work: 'Werk',
      education: 'Opleiding',
      certifications: 'Certificaat',
      skills: 'Sterke punten',
      languages: 'Talen',
    },
    profile: [
      'Van monteur naar verkoper: ik heb twaalf jaar aan caravans en campers gesleuteld en verkoop ze sinds 2016. ' +
        'Klanten waarderen dat ik eerlijk vertel wat een camper wel en niet kan.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Verkoper campers en caravans', 'Campercentrum Veluwe B.V.', '2016-03', null, true, 'maart 2016 – nu', [
          'Verkoop van nieuwe en gebruikte campers en caravans aan particulieren',
          'Ongeveer 65 campers en 40 caravans per jaar, gemiddeld € 68.000 per camper',
          'Inruil taxeren, financiering regelen en aflevering met uitleg',
          'Standdienst op de kampeerbeurs in Utrecht',
        ]),
        lines: ['Bij Campercentrum Veluwe B.V. in Hattem als verkoper campers en caravans (maart 2016 – nu)'],
      },
      {
        ...job(
          'Werkplaatschef',
          'Campercentrum Veluwe B.V.',
          '2011-01',
          '2016-02',
          false,
          'januari 2011 – februari 2016',
          ['Planning van de werkplaats met 6 monteurs, schadeherstel en garantieclaims'],
        ),
        lines: ['Bij Campercentrum Veluwe B.V. in Hattem als werkplaatschef (januari 2011 – februari 2016)'],
      },
      {
        ...job(
          'Caravanmonteur',
          'Caravanbedrijf De Zwolse Poort',
          '2003-08',
          '2010-12',
          false,
          'augustus 2003 – december 2010',
          ['Onderhoud, gaskeuringen, vochtschade en inbouw van zonnepanelen en movers'],
        ),
        lines: ['Bij Caravanbedrijf De Zwolse Poort in Zwolle als caravanmonteur (augustus 2003 – december 2010)'],
      },
    ],
    education: [
      edu('mbo 3', 'MBO 3 Monteur caravans en campers, Vakopleiding Recreatietechniek Zwolle, 2002 – 2005', {
        field: 'Monteur caravans en campers',
        institution: 'Vakopleiding Recreatietechniek Zwolle',
        startYear: 2002,
        endYear: 2005,
      }),
      edu('vmbo', 'VMBO kader Motorvoertuigentechniek, Zwolle, 1998 – 2002', {
        field: 'Motorvoertuigentechniek',
        startYear: 1998,
        endYear: 2002,
      }),
    ],
    courses: [],
    certifications: [
      named(
        'Certificaat Gaskeuring Recreatievoertuigen',
        'Certificaat Gaskeuring Recreatievoertuigen (BOVAG, geldig tot 2027)',
      ),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands, moedertaal'),
      lang('de', 'B2', 'Duits, goed'),
      lang('en', 'B1', 'Engels, redelijk'),
    ],
    skills: ['Eerlijk advies', 'Technische kennis van campers en caravans', 'Overtuigend'],
    closing: [{ kind: 'paragraph', text: 'Hobby: elk jaar met onze eigen camper naar Noorwegen.' }],
    clientBase: null,
    competencies: ['persuasiveness'],
  },
  {
    id: 'nl-h34-13-redacteur-accountmanager-regionale-radio-assen',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Achtentwintighonderd Dertien',
    email: 'radio.assen.34@example.com',
    phone: '+31 6 53 82 19 47',
    contactLines: ['Assen'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    jobLabels: { period: 'Van – tot', title: 'Rol', employer: 'Organisatie', duties: 'Werkzaamheden' },
    profile: [
      'Oud-journalist die reclame verkoopt. Ik ken Drenthe, de ondernemers en hun verhalen, en weet hoe je in dertig ' +
        'seconden een luisteraar naar de winkel krijgt.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Accountmanager adverteerders',
        'Radio Hunebed FM B.V.',
        '2019-06',
        null,
        true,
        'juni 2019 – heden',
        [
          'eigen portefeuille van ongeveer 120 adverteerders in Drenthe: garagebedrijven, woonwinkels, installateurs ' +
            'en evenementen',
          'omzet radioreclame en sponsoring: € 850.000 per jaar',
          'de ondernemers beslissen zelf over hun reclamebudget; ik maak het plan en het zendschema',
          'teksten schrijven en commercials inspreken met de studio',
          'de zender heeft ruim 90.000 luisteraars per week',
        ],
        'Assen',
      ),
      job(
        'Redacteur nieuws en sport',
        'Radio Hunebed FM B.V.',
        '2013-09',
        '2019-05',
        false,
        'september 2013 – mei 2019',
        ['nieuwsbulletins, interviews en live verslag van FC Emmen en de TT'],
        'Assen',
      ),
      job(
        'Verslaggever',
        'Dagblad Noordoost',
        '2010',
        '2013-08',
        false,
        '2010 – augustus 2013 (freelance)',
        ['gemeenteraad, rechtbank en sport in Noord-Drenthe'],
        'Assen',
      ),
    ],
    education: [
      edu('hbo', 'HBO Journalistiek, Hogeschool Windesheim, Zwolle, 2006 – 2010', {
        field: 'Journalistiek',
        institution: 'Hogeschool Windesheim',
        startYear: 2006,
        endYear: 2010,
      }),
      edu('havo', 'HAVO, Dr. Nassau College, Assen, 2001 – 2006', {
        institution: 'Dr. Nassau College',
        startYear: 2001,
        endYear: 2006,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('de', 'B1', 'Duits – redelijk'),
    ],
    skills: ['Creatief met tekst en audio', 'Netwerken', 'Communicatief', 'Adobe Audition'],
    clientBase: { activeAccounts: 120, annualRevenueEur: 850_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'innovation', 'relationship_building'],
  },
  {
    id: 'nl-h34-14-vlaamse-machinist-grondverzet-verkoper-minigravers-maaseik',
    format: 'pdf',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Achtentwintighonderd Veertien',
    email: 'minigravers.maaseik34@example.net',
    phone: '+32 472 51 83 29',
    contactLines: ['3680 Maaseik'],
    headings: {
      profile: 'Profiel',
      work: 'Loopbaan',
      education: 'Opleiding',
      certifications: 'Attesten',
      skills: 'Troeven',
      languages: 'Talenkennis',
      workTable: ['Bedrijf', 'Functie', 'Periode'],
    },
    workTableOrder: ['employer', 'title', 'period'],
    profile: [
      'Veertien jaar op de graafmachine en sinds 2016 aan de andere kant van de tafel: ik verkoop de machines waar ' +
        'ik zelf op gewerkt heb aan aannemers, tuinaannemers en loonwerkers.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Verkoper compacte machines', 'Maasland Machines NV', '2016-02', null, true, 'februari 2016 → heden', [
        'een 150-tal klanten in Limburg en het noorden van de provincie Luik: aannemers, tuinaannemers, loonwerkers ' +
          'en verhuurbedrijven',
        'omzet 7,5 miljoen euro in 2025 (minigravers, dumpers, shovels en onderdelen)',
        'de zaakvoerders beslissen zelf over de aankoop; ik regel demo’s op hun werf en de financiering',
        'het bedrijf levert een 400-tal machines per jaar',
      ]),
      job(
        'Machinist grondverzet',
        'Grondwerken Maasvallei BV',
        '2005-04',
        '2016-01',
        false,
        'april 2005 → januari 2016',
        ['rioleringswerken, bouwputten en tuinaanleg met graafmachines tot 25 ton'],
      ),
      job('Hulparbeider', 'Grondwerken Maasvallei BV', '2002-07', '2005-03', false, 'juli 2002 → maart 2005'),
    ],
    education: [
      edu('secondary', 'BSO Bouw – Ruwbouw, 7de jaar, Vrij Technisch Instituut Maasland, Maaseik, 1995 – 2002', {
        field: 'Bouw',
        institution: 'Vrij Technisch Instituut Maasland',
        startYear: 1995,
        endYear: 2002,
      }),
    ],
    courses: [],
    certifications: [
      named('Attest bestuurder graafmachine', 'Attest bestuurder graafmachine (2005)'),
      named('VCA Basis', 'VCA Basis (geldig tot 2028)'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('fr', 'B1', 'Frans: redelijk (klanten in Luik)'),
      lang('de', 'B2', 'Duits: goed'),
      lang('en', 'A2', 'Engels: basis'),
    ],
    skills: ['Technische kennis van machines', 'Onderhandelen over inruil en prijs', 'Klantgericht'],
    clientBase: { activeAccounts: 150, annualRevenueEur: 7_500_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'negotiation'],
  },
  {
    id: 'nl-h34-15-fietsenmaker-monteur-adviseur-scootmobielen-kampen-geen-portefeuille',
    format: 'pdf',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Achtentwintighonderd Vijftien',
    email: 'zorgmobiel.kampen.34@example.com',
    phone: '038-3317482',
    contactLines: ['Kampen'],
    headings: {
      profile: 'Over mij',
      work: 'Werkervaring',
      education: 'Opleiding',
      certifications: 'Certificaten',
      skills: 'Kwaliteiten',
      languages: 'Talen',
    },
    profile: [
      'Ik help mensen weer op pad: eerst als fietsenmaker, daarna als monteur van rolstoelen en scootmobielen en nu ' +
        'als adviseur in onze winkel en bij mensen thuis.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Adviseur mobiliteit', 'Zorgmobiel IJsseldelta B.V.', '2019-04', null, true, 'april 2019 – heden', [
          'Advies en verkoop van scootmobielen, rolstoelen, rollators en sta-opstoelen aan particulieren, in de winkel ' +
            'en bij mensen thuis',
          'Proefritten, aanpassingen op maat en aflevering',
          'Geen eigen zakelijke klanten: de Wmo-aanvragen van de gemeenten lopen via de binnendienst',
        ]),
        lines: ['Zorgmobiel IJsseldelta B.V. | Adviseur mobiliteit | april 2019 – heden'],
      },
      {
        ...job(
          'Monteur hulpmiddelen',
          'Revalidatietechniek Oost B.V.',
          '2012-02',
          '2019-03',
          false,
          'februari 2012 – maart 2019',
          ['Onderhoud en reparatie bij cliënten thuis en in zorginstellingen in de kop van Overijssel'],
        ),
        lines: ['Revalidatietechniek Oost B.V. | Monteur hulpmiddelen | februari 2012 – maart 2019'],
      },
      {
        ...job('Fietsenmaker', 'Rijwielhandel De Hanze', '2008', '2012-01', false, '2008 – januari 2012', [
          'Reparaties en onderhoud in de werkplaats',
        ]),
        lines: ['Rijwielhandel De Hanze | Fietsenmaker | 2008 – januari 2012'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Vrijwilligerswerk' },
      { kind: 'paragraph', text: 'Sinds 2021 chauffeur van de buurtbus Kampen – IJsselmuiden, één dag per week.' },
    ],
    education: [
      edu('mbo 3', 'MBO 3 Fietstechnicus, Deltion College, Zwolle, 2006 – 2009', {
        field: 'Fietstechnicus',
        institution: 'Deltion College',
        startYear: 2006,
        endYear: 2009,
      }),
      edu('vmbo', 'VMBO basis, Kampen, 2002 – 2006', { startYear: 2002, endYear: 2006 }),
    ],
    courses: [],
    certifications: [named('Certificaat Hulpmiddelenadviseur', 'Certificaat Hulpmiddelenadviseur (2020)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B1', 'Engels – redelijk'),
      lang('de', 'A2', 'Duits – basis'),
    ],
    skills: ['Geduldig', 'Klantgerichtheid', 'Plannen van huisbezoeken en proefritten'],
    clientBase: null,
    competencies: ['customer_focus', 'organisation'],
  },
  {
    id: 'nl-h34-16-starter-junior-accountmanager-schoolfotografie-tilburg',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Achtentwintighonderd Zestien',
    email: 'klassefoto.tilburg3416@example.net',
    phone: '06 38 21 74 59',
    contactLines: ['Tilburg', '23 jaar'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleidingen',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Afgestudeerd in Commerciële Economie en sinds september 2025 junior accountmanager bij een bedrijf in ' +
        'schoolfotografie. Ik heb de regio van een collega die met pensioen ging overgenomen en wil de komende jaren ' +
        'groeien in B2B-sales.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Junior accountmanager',
        'Klassefoto Nederland B.V.',
        '2025-09',
        null,
        true,
        'september 2025 – heden',
        [
          'Eigen regio Midden- en West-Brabant: contact met 85 basisscholen en kinderopvanglocaties',
          'Schooldirecteuren en locatiemanagers beslissen zelf welke fotograaf ze kiezen; ik bezoek ze, maak de ' +
            'offerte en verleng de contracten',
          'Fotodagen plannen met de fotografen en de scholen',
          'Nieuwe scholen benaderen: 9 nieuwe contracten in het eerste jaar',
        ],
        'Tilburg',
      ),
    ],
    education: [
      edu(
        'hbo',
        'Bachelor Commerciële Economie, Avans Hogeschool, Breda, 2021 – 2025 (afstudeeropdracht bij een fotobedrijf)',
        { field: 'Commerciële Economie', institution: 'Avans Hogeschool', startYear: 2021, endYear: 2025 },
      ),
      edu('havo', 'HAVO, Tilburg, 2016 – 2021', { startYear: 2016, endYear: 2021 }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('es', 'A2', 'Spaans – basis (minor in Valencia)'),
    ],
    skills: ['Ondernemend', 'Communicatief', 'Canva, HubSpot, Excel'],
    clientBase: { activeAccounts: 85, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'entrepreneurship', 'organisation'],
  },
  {
    id: 'nl-h34-17-boekverkoper-filiaalmanager-vertegenwoordiger-uitgeverijen-meppel-veertig-jaar',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Achtentwintighonderd Zeventien',
    email: 'boekenvak.meppel.34@example.org',
    phone: '0522-253917',
    contactLines: ['Meppel'],
    afterContact: [{ kind: 'paragraph', text: 'Geboren: 12 februari 1967 · Nationaliteit: Nederlandse · Rijbewijs B' }],
    headings: {
      profile: 'Profiel',
      work: 'Loopbaan',
      education: 'Opleiding',
      courses: 'Cursussen',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Veertig jaar in het boekenvak: negen jaar achter de toonbank, negen jaar als filiaalmanager en sinds 2004 ' +
        'vertegenwoordiger voor een groep uitgeverijen in Noord- en Oost-Nederland. Ik ken de boekhandelaren in mijn ' +
        'regio persoonlijk en weet welk boek bij welke winkel past.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Vertegenwoordiger Noord- en Oost-Nederland',
        'Uitgeversgroep De Boekenkist B.V.',
        '2004',
        null,
        true,
        '2004 – heden',
        [
          'Bezoek aan ruim 180 boekhandels, warenhuizen en tuincentra met een boekenafdeling in Groningen, Friesland, ' +
            'Drenthe, Overijssel en Gelderland',
          'Voorverkoop van de najaars- en voorjaarsaanbieding van vier uitgeverijen, samen zo’n 600 nieuwe titels per ' +
            'jaar',
          'Omzet op mijn klanten: € 2,4 miljoen per jaar',
          'De eigenaren en inkopers van de boekhandels bepalen zelf wat ze inkopen',
        ],
        'Amsterdam',
      ),
      job(
        'Filiaalmanager',
        'Boekhandel De Leeshoek',
        '1995',
        '2004',
        false,
        '1995 – 2004',
        ['Leiding over 7 medewerkers, inkoop van het algemene assortiment, signeersessies en schoolboekenverkoop'],
        'Meppel',
      ),
      job(
        'Boekverkoper',
        'Boekhandel De Leeshoek',
        '1986',
        '1995',
        true,
        '1986 – 1995',
        ['Advies en verkoop in de winkel, bestellingen voor klanten, etalages'],
        'Meppel',
      ),
    ],
    education: [
      edu('mbo 4', 'MEAO, richting Handel, Scholengemeenschap Zuidwest-Drenthe, Meppel, 1983 – 1986', {
        field: 'Handel',
        institution: 'Scholengemeenschap Zuidwest-Drenthe',
        startYear: 1983,
        endYear: 1986,
      }),
      edu('mavo', 'MAVO, Meppel, 1979 – 1983', { startYear: 1979, endYear: 1983 }),
    ],
    courses: [
      named('Vakopleiding Boekhandel', 'Vakopleiding Boekhandel, 2 jaar avondopleiding (1987 – 1989)'),
      named('Leidinggeven in de detailhandel', 'Leidinggeven in de detailhandel (1996)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'B2', 'Duits – goed'),
      lang('fr', 'A2', 'Frans – basis'),
    ],
    skills: ['Relatiebeheer', 'Kennis van het boekenvak en de boekhandel', 'Organisatievermogen'],
    closing: [
      { kind: 'heading', text: 'Referenties' },
      {
        kind: 'paragraph',
        text: 'Referent Een, oud-directeur van Boekhandel De Leeshoek; gegevens op verzoek.',
      },
    ],
    clientBase: { activeAccounts: 180, annualRevenueEur: 2_400_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['organisation', 'relationship_building'],
  },
  {
    id: 'nl-h34-18-magazijn-tuincentrum-key-account-manager-tuinmeubelen-uden',
    format: 'docx',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Achtentwintighonderd Achttien',
    email: 'outdoorliving.uden34@example.com',
    phone: '06 51 38 27 64',
    contactLines: ['Uden'],
    tagline: 'Key Account Manager tuinmeubelen en outdoor living',
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'In 2008 begon ik als magazijnmedewerker in een tuincentrum; nu onderhandel ik met de inkopers van de grote ' +
        'ketens in drie landen. Ik ken de tuinbranche van de winkelvloer tot het jaargesprek.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Key Account Manager Retail',
          'Tuinhuis Outdoor Living B.V.',
          '2020-04',
          null,
          true,
          'april 2020 – heden',
          [
            '28 accounts: tuincentrumketens, bouwmarktketens en inkooporganisaties in Nederland, België en Duitsland',
            'Omzet 2025: € 12,6 miljoen',
            'Jaargesprekken met de category managers, die beslissen over het assortiment en de schapruimte',
            'De ketens hebben samen ruim 900 winkels',
          ],
        ),
        lines: ['Key Account Manager Retail', 'Tuinhuis Outdoor Living B.V. (Uden) · april 2020 – heden'],
      },
      {
        ...job(
          'Accountmanager tuincentra',
          'Tuinhuis Outdoor Living B.V.',
          '2016-01',
          '2020-03',
          true,
          'januari 2016 – maart 2020',
          ['Ongeveer 110 zelfstandige tuincentra in Zuid-Nederland, voorjaarsorders en showroomdagen'],
        ),
        lines: ['Accountmanager tuincentra', 'Tuinhuis Outdoor Living B.V. (Uden) · januari 2016 – maart 2020'],
      },
      {
        ...job(
          'Verkoopmedewerker tuinmeubelen',
          'Tuincentrum De Maashorst',
          '2011-03',
          '2015-12',
          true,
          'maart 2011 – december 2015',
          ['Advies en verkoop van tuinmeubelen, parasols en barbecues aan particulieren'],
        ),
        lines: ['Verkoopmedewerker tuinmeubelen', 'Tuincentrum De Maashorst (Volkel) · maart 2011 – december 2015'],
      },
      {
        ...job('Magazijnmedewerker', 'Tuincentrum De Maashorst', '2008', '2011-02', false, '2008 – februari 2011', [
          'Ontvangst, uitpakken en prijzen van goederen',
        ]),
        lines: ['Magazijnmedewerker', 'Tuincentrum De Maashorst (Volkel) · 2008 – februari 2011'],
      },
    ],
    education: [
      edu('mbo 4', 'MBO 4 Vestigingsmanager groothandel (BBL), ROC De Leijgraaf, Veghel, 2010 – 2014', {
        field: 'Vestigingsmanager groothandel',
        institution: 'ROC De Leijgraaf',
        startYear: 2010,
        endYear: 2014,
      }),
      edu('vmbo', 'VMBO kader Handel en administratie, Uden, 2004 – 2008', {
        field: 'Handel en administratie',
        startYear: 2004,
        endYear: 2008,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('de', 'C1', 'Duits – vloeiend'),
      lang('fr', 'A2', 'Frans – basis'),
    ],
    skills: ['Onderhandelingsvaardig', 'Analytisch: sell-out-analyses in Excel en Power BI', 'Teamspeler'],
    clientBase: { activeAccounts: 28, annualRevenueEur: 12_600_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'teamwork'],
  },
  {
    id: 'nl-h34-19-getypt-tabel-vlaamse-ambulancier-account-manager-aed-eeklo',
    format: 'txt',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Achtentwintighonderd Negentien',
    email: 'reanimed.eeklo.3419@example.net',
    phone: '0468 29 41 75',
    contactLines: ['9900 Eeklo'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Studies',
      certifications: 'Attesten',
      skills: 'Vaardigheden',
      languages: 'Talen',
      workTable: ['Datum', 'Bedrijf', 'Functie'],
    },
    profile: [
      'Tien jaar ambulancier, sinds 2019 account manager voor AED’s en EHBO-opleidingen. Ik weet wat er in de eerste ' +
        'minuten gebeurt en kan dat aan een zaakvoerder of een sportclub uitleggen zonder te overdrijven.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Account manager AED en EHBO', 'Reanimed BV', '2019-01', null, true, 'jan. 2019 – nu', [
        'een 300-tal klanten in Oost- en West-Vlaanderen: KMO’s, scholen, sportclubs en gemeenten',
        'omzet van mijn klanten: 1,3 miljoen euro per jaar (toestellen, onderhoudscontracten en opleidingen)',
        'demo’s en EHBO-opleidingen bij de klant',
      ]),
      job('Ambulancier', 'Ambulancedienst Meetjesland vzw', '2008-05', '2018-12', false, 'mei 2008 – dec. 2018', [
        'dringende ritten 112 en niet-dringend ziekenvervoer, vanaf 2014 ook opleiding van stagiairs',
      ]),
      job('Magazijnier', 'Weverij Meetjesland NV', '2003-09', '2008-04', false, 'sept. 2003 – apr. 2008'),
    ],
    education: [
      edu('secondary', 'TSO Sociale en technische wetenschappen, Instituut Meetjesland, Eeklo, 1997 – 2003', {
        field: 'Sociale en technische wetenschappen',
        institution: 'Instituut Meetjesland',
        startYear: 1997,
        endYear: 2003,
      }),
    ],
    courses: [],
    certifications: [named('Attest lesgever EHBO', 'Attest lesgever EHBO (2019)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('fr', 'B2', 'Frans – goed'),
      lang('en', 'B1', 'Engels – redelijk'),
    ],
    skills: [
      'Stressbestendig',
      'Overtuigend bij demo’s',
      'Brevet hulpverlener-ambulancier (niet meer verlengd sinds 2019)',
    ],
    clientBase: { activeAccounts: 300, annualRevenueEur: 1_300_000, segment: 'regional_smb' },
    competencies: ['persuasiveness', 'stress_resistance'],
  },
  {
    id: 'nl-h34-20-loodgieter-verkoopadviseur-accountmanager-sanitair-projecten-gouda',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Achtentwintighonderd Twintig',
    email: 'sanitair.gouda34@example.org',
    phone: '06-20 57 38 41',
    contactLines: ['Gouda'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleidingen',
      courses: 'Cursussen',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Elf jaar loodgieter, acht jaar verkoopadviseur in een badkamershowroom en sinds 2018 accountmanager voor ' +
        'installateurs, aannemers en woningcorporaties. Ik spreek de taal van de bouw en die van de showroom.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Accountmanager projecten',
        'Badkamergroothandel Groene Hart B.V.',
        '2018-06',
        null,
        true,
        'juni 2018 – heden',
        [
          'Vaste relatie met ongeveer 60 installateurs, aannemers en woningcorporaties in Zuid-Holland en Utrecht',
          'Omzet op mijn klanten € 6,1 miljoen (sanitair, tegels en badkamermeubels)',
          'Offertes voor renovatieprojecten van woningcorporaties, met de calculatie en de projectleiders',
        ],
        'Gouda',
      ),
      job(
        'Verkoopadviseur badkamers',
        'Badkamershowroom Goudse Poort',
        '2010-02',
        '2018-05',
        true,
        'februari 2010 – mei 2018',
        ['Advies, ontwerp en verkoop van complete badkamers aan particulieren'],
        'Gouda',
      ),
      job(
        'Loodgieter',
        'Installatiebedrijf Krimpenerwaard',
        '1999',
        '2010-01',
        false,
        '1999 – januari 2010',
        ['Sanitair, cv en dakwerk in nieuwbouw en renovatie'],
        'Schoonhoven',
      ),
    ],
    education: [
      edu('mbo 2', 'MBO 2 Monteur sanitair (BBL), ROC Gouda, 1998 – 2000', {
        field: 'Monteur sanitair',
        institution: 'ROC Gouda',
        startYear: 1998,
        endYear: 2000,
      }),
      edu('lower secondary', 'VBO Installatietechniek, Gouda, 1994 – 1998', {
        field: 'Installatietechniek',
        startYear: 1994,
        endYear: 1998,
      }),
    ],
    courses: [named('Badkamerontwerp in 3D', 'Badkamerontwerp in 3D (2012)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B1', 'Engels – redelijk'),
      lang('de', 'A2', 'Duits – basis'),
    ],
    skills: ['Klantgericht', 'Plannen en organiseren', 'Badkamerontwerp in 3D'],
    clientBase: { activeAccounts: 60, annualRevenueEur: 6_100_000, segment: 'regional_smb' },
    competencies: ['customer_focus', 'organisation'],
  },
  {
    id: 'nl-h34-21-hoefsmid-vertegenwoordiger-paardenvoeding-lochem',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Achtentwintighonderd Eenentwintig',
    email: 'hippovoer.lochem.34@example.com',
    phone: '06 49 21 73 58',
    contactLines: ['Lochem'],
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Vijftien jaar hoefsmid, waarvan elf met een eigen bedrijf, en sinds 2018 vertegenwoordiger paardenvoeding en ' +
        'ruitersportartikelen. Ik kom al mijn hele werkende leven op stallen en weet wat een paard nodig heeft.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Vertegenwoordiger paardenvoeding en ruitersport',
        'Hippovoer Oost B.V.',
        '2018-01',
        null,
        true,
        'januari 2018 – heden',
        [
          '110 klanten in Gelderland en Overijssel: ruitersportzaken, maneges, pensionstallen en fokkers',
          'Omzet 2025: € 3,2 miljoen',
          'De eigenaren bepalen zelf wat ze inkopen en voeren; ik geef voeradvies op stal',
        ],
        'Lochem',
      ),
      job(
        'Zelfstandig hoefsmid',
        'Hoefsmederij Berkelland',
        '2006',
        '2017',
        false,
        '2006 – 2017',
        ['Eigen bedrijf met een vaste ronde langs stallen in de Achterhoek'],
        'Borculo',
      ),
      job('Leerling-hoefsmid', 'Smederij Het Hoefijzer', '2002', '2006', false, '2002 – 2006', [], 'Vorden'),
    ],
    education: [
      edu('mbo 3', 'MBO 3 Hoefsmid (BBL), Hippische Vakschool Oost, Zutphen, 2002 – 2006', {
        field: 'Hoefsmid',
        institution: 'Hippische Vakschool Oost',
        startYear: 2002,
        endYear: 2006,
      }),
      edu('vmbo', 'VMBO kader Dierverzorging, Lochem, 1998 – 2002', {
        field: 'Dierverzorging',
        startYear: 1998,
        endYear: 2002,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('de', 'B2', 'Duits – goed'),
      lang('en', 'B1', 'Engels – redelijk'),
    ],
    skills: ['Paardenkennis', 'Relatieopbouw met stalhouders', 'Zelfstandig en proactief'],
    closing: [{ kind: 'paragraph', text: 'Hobby’s: mennen met een tweespan en vrijwilliger bij de ponyclub.' }],
    clientBase: { activeAccounts: 110, annualRevenueEur: 3_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['initiative', 'relationship_building'],
  },
  {
    id: 'nl-h34-22-vlaamse-witloofteler-commercieel-verantwoordelijke-witloof-kampenhout',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Achtentwintighonderd Tweeëntwintig',
    email: 'witloof.kampenhout.34@example.org',
    phone: '+32 (0)16 65 28 41',
    contactLines: ['1910 Kampenhout'],
    headings: {
      profile: 'Profiel',
      work: 'Beroepservaring',
      education: 'Opleidingen',
      certifications: 'Attesten',
      skills: 'Vaardigheden',
      languages: 'Talenkennis',
    },
    jobLabels: { period: 'Wanneer', title: 'Functie', employer: 'Bedrijf', duties: 'Wat deed ik' },
    profile: [
      'Vijftien jaar witloofteler op het familiebedrijf en sinds 2013 verantwoordelijk voor de verkoop bij de ' +
        'coöperatie waar ik zelf lid van was. Ik ken de teelt, de telers en de klanten.',
    ],
    jobStyle: 'labelled',
    jobs: [
      job(
        'Commercieel verantwoordelijke witloof',
        'Brabantse Witloofcoöperatie CVBA',
        '2013-10',
        null,
        true,
        'okt. 2013 – vandaag',
        [
          'verkoop van het witloof van 45 telers aan een 24-tal afnemers: groothandels, supermarktketens en verwerkers ' +
            'in België, Frankrijk en Nederland',
          'omzet: ongeveer 11 miljoen euro per seizoen',
          'weekprijzen en jaarcontracten met de aankopers',
        ],
        'Kampenhout',
      ),
      job(
        'Witloofteler',
        'Witloofkwekerij Ter Dijle',
        '1998',
        '2013-09',
        false,
        '1998 – sept. 2013',
        ['teelt van wortels en forcerie in het familiebedrijf, in 2004 overgenomen van mijn ouders'],
        'Kampenhout',
      ),
    ],
    education: [
      edu('short-cycle tertiary', 'Graduaat Tuinbouw, Provinciale Hogeschool Groen Brabant, 1995 – 1998', {
        field: 'Tuinbouw',
        institution: 'Provinciale Hogeschool Groen Brabant',
        startYear: 1995,
        endYear: 1998,
      }),
      edu('secondary', 'ASO Wetenschappen, Atheneum Haacht, 1989 – 1995', {
        field: 'Wetenschappen',
        institution: 'Atheneum Haacht',
        startYear: 1989,
        endYear: 1995,
      }),
    ],
    courses: [],
    certifications: [named('Fytolicentie P2', 'Fytolicentie P2 (geldig tot 2028)')],
    languages: [
      lang('nl', 'native', 'Nederlands'),
      lang('fr', 'C1', 'Frans'),
      lang('en', 'B2', 'Engels'),
      lang('de', 'A2', 'Duits'),
    ],
    languageBlocks: [
      {
        kind: 'table',
        header: ['Taal', 'Begrijpen', 'Spreken', 'Schrijven'],
        rows: [
          ['Nederlands', 'moedertaal', 'moedertaal', 'moedertaal'],
          ['Frans', 'zeer goed', 'zeer goed', 'zeer goed'],
          ['Engels', 'goed', 'goed', 'goed'],
          ['Duits', 'basis', 'basis', 'basis'],
        ],
      },
    ],
    skills: [
      'Onderhandelen met aankopers',
      'Stressbestendig in volle campagne',
      'Tactvol',
      'Kennis van teelt en kwaliteit',
    ],
    clientBase: { activeAccounts: 24, annualRevenueEur: 11_000_000, segment: 'international' },
    competencies: ['negotiation', 'stress_resistance', 'tact_assertiveness'],
  },
  {
    id: 'nl-h34-23-getypt-verzorgende-ig-teamleider-wijkzorg-den-helder-geen-verkoop',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Achtentwintighonderd Drieëntwintig',
    email: 'wijkzorg.denhelder.3423@example.com',
    phone: null,
    contactLines: ['Den Helder'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Scholing',
      skills: 'Competenties',
      languages: 'Talen',
    },
    profile: [
      'Ruim dertig jaar in de zorg, de laatste tien jaar als teamleider van een wijkteam. Na al die jaren wil ik ' +
        'graag achter de schermen verder, als planner of coördinator bij een zorgorganisatie in de Kop van ' +
        'Noord-Holland.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Teamleider wijkzorg',
        'Zorggroep Kop van Noord-Holland',
        '2015-11',
        null,
        false,
        'november 2015 – heden',
        [
          'Teamleider van 22 verzorgenden en helpenden',
          'Roosters, intakes, overleg met huisartsen en de wijkverpleegkundige',
        ],
        'Den Helder',
      ),
      job(
        'Verzorgende IG',
        'Zorggroep Kop van Noord-Holland',
        '2001-04',
        '2015-10',
        false,
        'april 2001 – oktober 2015',
        ['Thuiszorg in Den Helder en Julianadorp, vanaf 2008 werkbegeleider van leerlingen'],
        'Den Helder',
      ),
      job(
        'Verzorgende',
        'Verpleeghuis De Strandvogel',
        '1993-09',
        '2001-03',
        false,
        'september 1993 – maart 2001',
        [],
        'Den Helder',
      ),
      job('Caissière', 'Supermarkt De Kaap', '1991', '1993', false, '1991 – 1993 (weekenden)', [], 'Den Helder'),
    ],
    education: [
      edu('mbo 3', 'MBO niveau 3 Verzorgende-IG (BBL), ROC Kop van Noord-Holland, 1993 – 1996', {
        field: 'Verzorgende-IG',
        institution: 'ROC Kop van Noord-Holland',
        startYear: 1993,
        endYear: 1996,
      }),
      edu('mavo', 'MAVO, Den Helder, 1987 – 1991', { startYear: 1987, endYear: 1991 }),
    ],
    courses: [
      named('Palliatieve zorg', 'Palliatieve zorg (2012)'),
      named('Leidinggeven aan zelfsturende teams', 'Leidinggeven aan zelfsturende teams (2016)'),
      named('Coachend leidinggeven', 'Coachend leidinggeven (2018)'),
    ],
    certifications: [],
    languages: [lang('nl', 'native', 'Nederlands – moedertaal'), lang('en', 'B1', 'Engels – redelijk')],
    skills: ['Stressbestendig', 'Coachen van leerlingen en nieuwe collega’s', 'Plannen van roosters en zorg'],
    clientBase: null,
    competencies: ['coaching', 'organisation', 'stress_resistance'],
  },
  {
    id: 'nl-h34-24-vlaamse-carrossier-schade-expert-account-manager-fleet-herentals',
    format: 'pdf',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Achtentwintighonderd Vierentwintig',
    email: 'fleet.herentals.34@example.net',
    phone: '0494 38 27 16',
    contactLines: ['2200 Herentals'],
    headings: {
      profile: 'Profiel',
      work: 'Loopbaan',
      education: 'Opleiding',
      courses: 'Bijkomende opleidingen',
      certifications: 'Attesten',
      skills: 'Competenties',
      languages: 'Talenkennis',
    },
    profile: [
      'Van carrossier over schade-expert naar account manager: ik ken een schadedossier van de deuk tot de ' +
        'factuur. Sinds 2020 beheer ik de fleetklanten van een netwerk van carrosseriebedrijven.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Account manager fleet',
          'Carrosserienetwerk Kempen BV',
          '2020-09',
          null,
          true,
          'september 2020 – heden',
          [
            'een 35-tal leasemaatschappijen, verhuurbedrijven en bedrijven met een eigen wagenpark uit heel België',
            'omzet schadeherstel op mijn klanten: ongeveer 8,5 miljoen euro per jaar',
            'raamcontracten met de fleetmanagers en aankopers, die beslissen in welk herstelnetwerk ze stappen',
          ],
        ),
        lines: ['september 2020 – heden ▸ Account manager fleet ▸ Carrosserienetwerk Kempen BV (Herentals)'],
      },
      {
        ...job(
          'Schade-expert',
          'Expertisebureau Antwerpen-Kempen',
          '2012-03',
          '2020-08',
          false,
          'maart 2012 – augustus 2020',
          ['expertise van voertuigschade voor verzekeraars, 6 à 8 dossiers per dag'],
        ),
        lines: ['maart 2012 – augustus 2020 ▸ Schade-expert ▸ Expertisebureau Antwerpen-Kempen (Geel)'],
      },
      {
        ...job('Carrossier', 'Carrosserie Ter Heide', '2005-07', '2012-02', false, 'juli 2005 – februari 2012', [
          'uitdeuken, richten en spuitklaar maken',
        ]),
        lines: ['juli 2005 – februari 2012 ▸ Carrossier ▸ Carrosserie Ter Heide (Olen)'],
      },
    ],
    education: [
      edu('secondary', 'BSO Carrosserie, 7de specialisatiejaar, Technisch Instituut Herentals, 1998 – 2005', {
        field: 'Carrosserie',
        institution: 'Technisch Instituut Herentals',
        startYear: 1998,
        endYear: 2005,
      }),
    ],
    courses: [named('Opleiding schade-expert motorrijtuigen', 'Opleiding schade-expert motorrijtuigen (2011 – 2012)')],
    certifications: [
      named(
        'Attest veilig werken aan elektrische voertuigen',
        'Attest veilig werken aan elektrische voertuigen (2021)',
      ),
    ],
    languages: [lang('nl', 'native', 'Nederlands'), lang('fr', 'C1', 'Frans'), lang('en', 'B2', 'Engels')],
    languagesText: ['Nederlands is mijn moedertaal. Frans spreek ik vlot, Engels goed.'],
    skills: ['Klantgericht', 'Analytisch: schadedossiers en herstelkosten doorrekenen', 'Assertief'],
    clientBase: { activeAccounts: 35, annualRevenueEur: 8_500_000, segment: 'national', decisionMakers: true },
    competencies: ['analytical', 'customer_focus', 'tact_assertiveness'],
  },
  {
    id: 'nl-h34-25-getypt-steigerbouwer-uitvoerder-accountmanager-steigers-spijkenisse',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Achtentwintighonderd Vijfentwintig',
    email: 'steigers.voorne.3425@example.org',
    phone: '06 - 14 92 83 57',
    contactLines: ['Spijkenisse'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleidingen',
      certifications: 'Diploma’s en certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Ik heb zelf vijftien jaar steigers gebouwd, ook in de petrochemie, en weet precies wat een opdrachtgever ' +
        'nodig heeft. Sinds 2017 ben ik accountmanager en maak ik de offertes die ik vroeger zelf uitvoerde.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Accountmanager', 'Steigerbouw Voorne B.V.', '2017-05', null, true, 'mei 2017 — heden', [
          '85 opdrachtgevers in Zuid-Holland en Zeeland: aannemers, schildersbedrijven, onderhoudsbedrijven en de ' +
            'petrochemie in het havengebied',
          'omzet huur en montage: ca. € 5,2 mln per jaar',
          'calculaties, offertes en werkbezoeken met de uitvoerders; bij de grote industriële klanten beslist de ' +
            'inkoopafdeling',
        ]),
        lines: ['mei 2017 — heden — Accountmanager — Steigerbouw Voorne B.V.'],
      },
      {
        ...job('Uitvoerder', 'Steigerbouw Voorne B.V.', '2011-01', '2017-04', false, 'januari 2011 — april 2017', [
          'aansturen van 4 tot 6 ploegen, veiligheid en materiaal',
        ]),
        lines: ['januari 2011 — april 2017 — Uitvoerder — Steigerbouw Voorne B.V.'],
      },
      {
        ...job('Steigerbouwer', 'Steigerbouw Voorne B.V.', '2003', '2010', false, '2003 — 2010', [
          'bouw- en industriesteigers, vanaf 2006 voorman',
        ]),
        lines: ['2003 — 2010 — Steigerbouwer — Steigerbouw Voorne B.V.'],
      },
    ],
    education: [
      edu('mbo 2', 'MBO 2 Steigerbouwer (BBL), Opleidingscentrum Steigerbouw Rotterdam, 2003 – 2005', {
        field: 'Steigerbouwer',
        institution: 'Opleidingscentrum Steigerbouw Rotterdam',
        startYear: 2003,
        endYear: 2005,
      }),
      edu('vmbo', 'VMBO basis Bouw, Spijkenisse, 1999 – 2003', { field: 'Bouw', startYear: 1999, endYear: 2003 }),
    ],
    courses: [],
    certifications: [
      named('Diploma Voorman Steigerbouw', 'Diploma Voorman Steigerbouw (2007)'),
      named('VCA VOL', 'VCA VOL (geldig tot 2029)'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('es', 'B1', 'Spaans – redelijk'),
    ],
    languageBlocks: [
      {
        kind: 'bullets',
        items: [
          'Nederlands – moedertaal',
          'Papiaments – moedertaal (tot mijn tiende op Curaçao gewoond)',
          'Engels – goed',
          'Spaans – redelijk',
        ],
      },
    ],
    skills: ['Calculeren', 'Assertief op de bouwplaats', 'Teamspeler'],
    clientBase: { activeAccounts: 85, annualRevenueEur: 5_200_000, segment: 'regional_smb' },
    competencies: ['tact_assertiveness', 'teamwork'],
  },
  {
    id: 'nl-h34-26-getypt-vlaamse-plafonneerder-technisch-vertegenwoordiger-gips-tielt',
    format: 'txt',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Achtentwintighonderd Zesentwintig',
    email: 'plafonneren.tielt34@example.com',
    phone: null,
    contactLines: ['8700 Tielt'],
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      skills: 'Sterktes',
      languages: 'Talen',
    },
    profile: [
      'Tweeëntwintig jaar plafonneerder, waarvan twaalf als zelfstandige, en sinds 2014 technisch vertegenwoordiger ' +
        'voor een producent van gips en pleisters. Ik toon op de werf hoe het moet en weet wat een plafonneerder ' +
        'van zijn materiaal verwacht.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Technisch vertegenwoordiger',
        'Gipsindustrie Vlaanderen NV',
        '2014-03',
        null,
        true,
        'maart 2014 – heden',
        [
          'een 200-tal klanten in West-Vlaanderen en het zuiden van Oost-Vlaanderen: bouwmaterialenhandelaars en ' +
            'plafonneerbedrijven',
          'omzet op mijn klanten: 6,8 miljoen euro per jaar',
          'de zaakvoerders van de handelaars beslissen zelf welke merken ze in stock nemen',
          'demo’s op de werf en opleidingen voor plafonneerders',
        ],
        'Tielt',
      ),
      job(
        'Zelfstandig plafonneerder',
        'Plafonneerwerken Mandelstreek',
        '2002',
        '2014-02',
        false,
        '2002 – feb. 2014 (zelfstandige in hoofdberoep)',
        ['eigen zaak met twee arbeiders, nieuwbouw en renovatie'],
        'Tielt',
      ),
      job('Plafonneerder', 'Bouwonderneming Ter Mote', '1992', '2001', false, '1992 – 2001', [], 'Pittem'),
    ],
    education: [
      edu('secondary', 'BSO Bouw, Vrij Technisch Instituut Tielt, 1986 – 1992', {
        field: 'Bouw',
        institution: 'Vrij Technisch Instituut Tielt',
        startYear: 1986,
        endYear: 1992,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('fr', 'B2', 'Frans – goed'),
      lang('en', 'A2', 'Engels – basis'),
    ],
    skills: ['Ondernemend', 'Communicatief', 'Technische kennis van pleisters en afwerking'],
    clientBase: { activeAccounts: 200, annualRevenueEur: 6_800_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'entrepreneurship'],
  },
];

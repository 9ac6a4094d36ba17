import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The thirty-seventh held-out set's Dutch and Flemish CVs: twenty-six ordinary CVs from yet other people and
 * trades, as people in the Netherlands and Flanders write them in 2026, written without reading the reader. Every
 * kind of layout, people from all over both countries, careers from one year to forty, in trades no earlier set
 * used: fishing tackle, Christmas trees, water softeners, patient transport, mobile toilets, prams, aircraft parts,
 * bridal wear, jenever, aquariums and ponds, trophies, art rental, hops, playgrounds, drones, holiday chalets, church
 * organs, bicycle parking, lingerie, sewing machines, party goods, verandas, window furnishings, thatching, industrial
 * doors and school furniture.
 */
export const HELD_OUT_37_NL: CvSource[] = [
  {
    id: 'nl-h37-01-winkelverkoper-vertegenwoordiger-hengelsport-joure',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Eenendertighonderd Een',
    email: 'k3701.joure@example.com',
    phone: '06 38 21 47 90',
    contactLines: ['Joure (Friesland)'],
    tagline: 'Vertegenwoordiger hengelsport Noord-Nederland',
    afterContact: [{ kind: 'paragraph', text: 'Geboren 1988 · samenwonend · rijbewijs B en BE' }],
    headings: {
      profile: 'Over mij',
      work: 'Werkervaring',
      education: 'Opleidingen',
      courses: 'Cursussen',
      certifications: 'Diploma’s',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Ik vis sinds mijn zesde en werk sinds mijn twintigste in de hengelsport: eerst achter de toonbank, daarna in ' +
        'de binnendienst van een groothandel en sinds 2018 op de weg, bij de winkels zelf. Ik ken de artikelen, de ' +
        'winkeliers en hun klanten. Mijn volgende stap: accountmanager bij een fabrikant of importeur van outdoor- en ' +
        'sportartikelen, graag in Noord-Nederland.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Vertegenwoordiger Noord-Nederland',
          'Karper & Co Hengelsportgroothandel B.V.',
          '2018-04',
          null,
          true,
          'in dienst sinds 1 april 2018',
          [
            'Vaste bezoeken aan 85 hengelsportwinkels en tuincentra met een hengelsportafdeling in Friesland, ' +
              'Groningen, Drenthe en de Kop van Noord-Holland',
            'Omzet in mijn rayon in 2025: € 2,3 miljoen, 9% meer dan in 2024',
            'De winkeliers bepalen zelf wat ze inkopen; ik adviseer over assortiment, schapindeling en de ' +
              'voorjaarsacties',
            'Het assortiment van de groothandel telt ruim 9.000 artikelen van 40 merken',
          ],
        ),
        lines: [
          'Vertegenwoordiger Noord-Nederland — in dienst sinds 1 april 2018',
          'Karper & Co Hengelsportgroothandel B.V., Heerenveen',
        ],
      },
      {
        ...job(
          'Verkoper binnendienst',
          'Karper & Co Hengelsportgroothandel B.V.',
          '2015-09',
          '2018-03',
          true,
          'september 2015 – maart 2018',
          [
            'Telefonische orders en nabestellingen van winkels in heel Nederland',
            'Eigen belrondes met de maandaanbiedingen',
          ],
        ),
        lines: [
          'Verkoper binnendienst — september 2015 – maart 2018',
          'Karper & Co Hengelsportgroothandel B.V., Heerenveen',
        ],
      },
      {
        ...job('Verkoper', 'Hengelsport De Snoekbaars', '2008-08', '2015-08', true, 'augustus 2008 – augustus 2015', [
          'Advies en verkoop aan sportvissers: hengels, molens, aas en vispassen',
          'Vanaf 2012 ook de inkoop van het levend aas en de webshop',
        ]),
        lines: ['Verkoper — augustus 2008 – augustus 2015', 'Hengelsport De Snoekbaars, Sneek'],
      },
      {
        ...job(
          'Kwekerijmedewerker',
          'Palingkwekerij It Wetter',
          '2006',
          '2008',
          false,
          '2006 – 2008 (zaterdagen en vakanties)',
        ),
        lines: ['Kwekerijmedewerker — 2006 – 2008 (zaterdagen en vakanties)', 'Palingkwekerij It Wetter, Akkrum'],
      },
    ],
    education: [
      edu('mbo 4', 'MBO 4 Ondernemer/manager retail (BOL), Friesland College, Leeuwarden, 2005 – 2008', {
        field: 'Ondernemer/manager retail',
        institution: 'Friesland College',
        startYear: 2005,
        endYear: 2008,
      }),
      edu('vmbo', 'VMBO kader Groen, Joure, 2001 – 2005', { field: 'Groen', startYear: 2001, endYear: 2005 }),
    ],
    courses: [
      named('Verkooptraining buitendienst', 'Verkooptraining buitendienst (2018)'),
      named('Vakcursus hengelsport voor winkelpersoneel', 'Vakcursus hengelsport voor winkelpersoneel (2009)'),
    ],
    certifications: [named('Klein Vaarbewijs I', 'Klein Vaarbewijs I (2010)')],
    languages: [
      lang('nl', 'native', 'Nederlands en Fries: moedertaal'),
      lang('fy', 'native', 'Nederlands en Fries: moedertaal'),
      lang('en', 'B2', 'Engels: goed'),
      lang('de', 'B1', 'Duits: redelijk (Duitse karpervissers in de winkel)'),
    ],
    languageBlocks: [
      {
        kind: 'bullets',
        items: [
          'Nederlands en Fries: moedertaal',
          'Engels: goed',
          'Duits: redelijk (Duitse karpervissers in de winkel)',
        ],
      },
    ],
    skills: ['Klantgericht', 'Zelf mijn routes plannen', 'Productkennis karper-, roof- en witvis', 'Rijbewijs B en BE'],
    closing: [
      { kind: 'heading', text: 'Vrije tijd' },
      {
        kind: 'paragraph',
        text: 'Karpervissen, en sinds 2019 vrijwilliger bij de jeugdcommissie van de hengelsportvereniging in Joure.',
      },
    ],
    clientBase: { activeAccounts: 85, annualRevenueEur: 2_300_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'organisation'],
  },
  {
    id: 'nl-h37-02-kwekerijmedewerker-chauffeur-accountmanager-kerstbomen-coevorden',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Eenendertighonderd Twee',
    email: 'kerstbomen.k3702@example.net',
    phone: '+31 (0)6 1928 3746',
    contactLines: ['Coevorden', 'Geboren: 1971'],
    headings: {
      profile: 'Profiel',
      work: 'Loopbaan',
      education: 'Scholing',
      courses: 'Cursus',
      skills: 'Sterke punten',
      languages: 'Talen',
      workTable: ['Jaar', 'Functie', 'Bedrijf'],
    },
    profile: [
      'Ik ben opgegroeid tussen de kerstbomen en werk er, met een uitstapje naar de vrachtwagen, al mijn hele leven ' +
        'mee. Sinds 2016 verkoop ik de bomen en het groen van Noordster aan tuincentra, bouwmarkten en verkooppunten ' +
        'in binnen- en buitenland. Het seizoen is kort en hevig: van september tot half december sta ik aan, de rest ' +
        'van het jaar bereid ik het volgende seizoen voor met mijn klanten.',
    ],
    jobStyle: 'table',
    workTableOrder: ['period', 'title', 'employer'],
    jobs: [
      job('Accountmanager kerstbomen en groen', 'Noordster Kerstbomen B.V.', '2016-01', null, true, 'jan. 2016 – nu', [
        '40 tuincentra, bouwmarktfilialen en kerstboomverkooppunten in Nederland en 12 groothandels in Duitsland ' +
          'en Denemarken, samen 52 vaste klanten',
        'Omzet op mijn klanten in seizoen 2025: ca. € 6,8 miljoen (ruim 310.000 bomen)',
        'Afspraken over aantallen, maten en leverweken met de inkopers van de ketens en de eigenaren van de ' +
          'tuincentra, die zelf bepalen hoeveel bomen ze afnemen',
      ]),
      job('Teeltleider', 'Noordster Kerstbomen B.V.', '2009-03', '2015-12', false, 'mrt. 2009 – dec. 2015', [
        'Leiding aan de teelt op 180 hectare en aan de oogstploegen van 25 seizoenskrachten',
      ]),
      job('Vrachtwagenchauffeur', 'Transportbedrijf Bargerveen', '2003-05', '2009-02', false, 'mei 2003 – feb. 2009'),
      job(
        'Verkoper kerstbomen',
        'Kerstboomverkooppunt De Vlasakker',
        '1996',
        '2002',
        true,
        'elke december, 1996 – 2002',
      ),
      job('Kwekerijmedewerker', 'Boomkwekerij Het Sleener Zand', '1991', '2003', false, '1991 – 2003'),
    ],
    education: [
      edu('mbo 4', 'Middelbare Agrarische School, richting boomteelt, Emmen, 1987 – 1991', {
        field: 'boomteelt',
        startYear: 1987,
        endYear: 1991,
      }),
      edu('lower secondary', 'LAS (Lagere Agrarische School), Coevorden, 1983 – 1987', {
        startYear: 1983,
        endYear: 1987,
      }),
    ],
    courses: [
      named(
        'Exportdocumenten en fytosanitaire certificaten',
        'Exportdocumenten en fytosanitaire certificaten (Kamer van Koophandel, 2017)',
      ),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('de', 'B2', 'Duits – goed'),
      lang('en', 'B1', 'Engels – redelijk'),
      lang('da', 'A2', 'Deens – basis (een paar klanten spreken liever Deens)'),
    ],
    skills: [
      'Onderhandelen met inkopers over aantallen en prijzen',
      'Stressbestendig als het seizoen piekt',
      'Rijbewijs C/E (code 95 niet meer verlengd)',
    ],
    clientBase: { activeAccounts: 52, annualRevenueEur: 6_800_000, segment: 'international', decisionMakers: true },
    competencies: ['negotiation', 'stress_resistance'],
  },
  {
    id: 'nl-h37-03-vlaamse-installateur-verkoopadviseur-waterontharders-mol-geen-portefeuille',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Eenendertighonderd Drie',
    email: 'k3703.mol@example.org',
    phone: '0472 61 38 05',
    contactLines: ['2400 Mol'],
    afterContact: [{ kind: 'paragraph', text: '°1997 · rijbewijs B' }],
    headings: {
      profile: 'Kort over mij',
      work: 'Mijn jobs',
      education: 'Studies',
      courses: 'Opleidingen',
      certifications: 'Attesten',
      skills: 'Troeven',
      languages: 'Talen',
    },
    profile: [
      'Ruim vier jaar installateur, sinds 2021 verkoopadviseur bij particulieren thuis. Ik ga bij de mensen langs, meet ' +
        'de waterhardheid, leg uit wat een ontharder doet en wat niet, en maak de offerte op de keukentafel. Ik zoek ' +
        'een job waarin ik vaste klanten kan opbouwen, liefst bij installateurs of KMO’s in de Kempen.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Verkoopadviseur waterbehandeling', 'Kalkvrij Kempen BV', '2021-02', null, true, 'februari 2021 – nu', [
          'Huisbezoeken bij particulieren die een ontharder of drinkwaterfilter overwegen, gemiddeld 14 per week',
          'In 2025 verkocht ik 212 toestellen; elke klant koopt één keer, een vaste klantenkring is er niet',
          'Opvolging van de plaatsing met onze installateurs',
        ]),
        lines: ['februari 2021 – nu // Verkoopadviseur waterbehandeling // Kalkvrij Kempen BV, Geel'],
      },
      {
        ...job(
          'Installateur sanitair en verwarming',
          'Installatiebedrijf Netezicht',
          '2016-09',
          '2021-01',
          false,
          'september 2016 – januari 2021',
          ['Badkamers, ketels en de eerste ontharders, die ik toen nog zelf plaatste'],
        ),
        lines: [
          'september 2016 – januari 2021 // Installateur sanitair en verwarming // Installatiebedrijf Netezicht, Balen',
        ],
      },
      {
        ...job('Magazijnier', 'Bouwmaterialen Kempenland', '2014', '2015', false, 'zomers 2014 en 2015 (jobstudent)'),
        lines: ['zomers 2014 en 2015 (jobstudent) // Magazijnier // Bouwmaterialen Kempenland, Mol'],
      },
    ],
    education: [
      edu(
        'post-secondary',
        'Se-n-Se Centrale verwarming en sanitair (secundair-na-secundair), Technisch Instituut Sint-Jan, Mol, 2015 – 2016',
        {
          field: 'Centrale verwarming en sanitair',
          institution: 'Technisch Instituut Sint-Jan',
          startYear: 2015,
          endYear: 2016,
        },
      ),
      edu('secondary', 'TSO Elektromechanica, Technisch Instituut Sint-Jan, Mol, 2009 – 2015', {
        field: 'Elektromechanica',
        institution: 'Technisch Instituut Sint-Jan',
        startYear: 2009,
        endYear: 2015,
      }),
    ],
    courses: [named('Verkoopgesprekken aan huis', 'Verkoopgesprekken aan huis (interne opleiding, 2021)')],
    certifications: [named('Attest legionellapreventie', 'Attest legionellapreventie (2022)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('fr', 'B1', 'Frans – redelijk'),
    ],
    skills: [
      'Overtuigend, zonder mensen iets aan te praten',
      'Mijn eigen agenda plannen',
      'Technisch inzicht',
      'VCA Basis (2016, niet verlengd)',
    ],
    clientBase: null,
    competencies: ['organisation', 'persuasiveness'],
  },
  {
    id: 'nl-h37-04-taxichauffeur-planner-accountmanager-zorgvervoer-heerlen',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Eenendertighonderd Vier',
    email: 'k.vier3704@example.com',
    phone: '06 52 19 84 73',
    contactLines: ['Heerlen', 'Geboren 14-09-1980'],
    tagline: 'Accountmanager zorg- en leerlingenvervoer',
    headings: {
      contact: 'Gegevens',
      profile: 'Persoonlijk profiel',
      work: 'Loopbaan',
      education: 'Scholing',
      certifications: 'Vakbekwaamheid',
      skills: 'Kwaliteiten',
      languages: 'Talen',
    },
    profile: [
      'Twintig jaar in het personenvervoer: eerst achter het stuur van een taxi, daarna als planner en sinds 2020 ' +
        'als accountmanager. Ik weet wat een rit kost, wat een chauffeur aankan en wat de ouder van een leerling ' +
        'verwacht. Dat helpt bij gemeenten én bij zorginstellingen.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Accountmanager zorg- en leerlingenvervoer',
        'Mergelland Mobiliteit B.V.',
        '2020-06',
        null,
        true,
        '06-2020 – heden',
        [
          'Vaste contracten met 12 gemeenten in Parkstad en de Westelijke Mijnstreek en met 9 zorginstellingen ' +
            '(dagbesteding en revalidatie), samen 21 opdrachtgevers',
          'Contractwaarde van mijn opdrachtgevers: ca. € 4,6 miljoen per jaar',
          'Mijn contactpersonen zijn beleidsmedewerkers en contractmanagers; gegund wordt via aanbestedingen',
          'Inschrijvingen op aanbestedingen, samen met de planning en de financiële afdeling',
          'Het bedrijf rijdt met 180 busjes en taxi’s zo’n 2.400 ritten per dag',
        ],
        'Heerlen',
      ),
      job(
        'Planner zorgvervoer',
        'Mergelland Mobiliteit B.V.',
        '2014-03',
        '2020-05',
        false,
        '03-2014 – 05-2020',
        ['Dagplanning van 60 voertuigen, klachten van ouders en cliënten'],
        'Heerlen',
      ),
      job(
        'Taxichauffeur',
        'Taxicentrale Parkstad',
        '2005-01',
        '2014-02',
        false,
        '01-2005 – 02-2014',
        undefined,
        'Kerkrade',
      ),
      job(
        'Medewerker bediening',
        'Hotel-restaurant De Kommel',
        '1998-07',
        '2004-12',
        false,
        '07-1998 – 12-2004',
        undefined,
        'Valkenburg',
      ),
    ],
    education: [
      edu('mbo 2', 'MBO 2 Chauffeur personenvervoer (BBL), Arcus College, Heerlen, 2005 – 2006', {
        field: 'Chauffeur personenvervoer',
        institution: 'Arcus College',
        startYear: 2005,
        endYear: 2006,
      }),
      edu('mavo', 'MAVO, Heerlen, 1993 – 1997', { startYear: 1993, endYear: 1997 }),
    ],
    courses: [],
    certifications: [named('Vakbekwaamheid Taxivervoer', 'Vakbekwaamheid Taxivervoer (2009)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('li', 'native', 'Limburgs (Heerlens plat) – moedertaal'),
      lang('de', 'B2', 'Duits – goed'),
      lang('en', 'B1', 'Engels – redelijk'),
    ],
    skills: [
      'Analytisch: ik reken een ritplanning door tot op de kilometer',
      'Onderhandelingsvaardig',
      'Tactvol bij klachten',
      'Chauffeurspas (verlopen in 2015)',
    ],
    clientBase: { activeAccounts: 21, annualRevenueEur: 4_600_000, segment: 'regional_smb' },
    competencies: ['analytical', 'negotiation', 'tact_assertiveness'],
  },
  {
    id: 'nl-h37-05-festivalkracht-planner-accountmanager-verhuur-sanitaire-units-hardenberg',
    format: 'docx',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Eenendertighonderd Vijf',
    email: 'vijf.k3705@example.org',
    phone: '06 11 94 38 27',
    contactLines: ['Hardenberg (Ov.)'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      skills: 'Eigenschappen',
      languages: 'Talen',
    },
    profile: [
      'Accountmanager bij een verhuurder van mobiele toiletten, douche- en sanitaire units voor bouwplaatsen en ' +
        'evenementen. Ik begon als festivalkracht, werd planner en verhuur nu zelf: van een dorpsfeest met twee ' +
        'toiletwagens tot een bouwproject van drie jaar.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Accountmanager verhuur',
          'Sanirent Oost B.V.',
          '2022-03',
          null,
          true,
          'vast contract sinds maart 2022',
          [
            'Ongeveer 110 vaste huurders: bouwbedrijven, evenementenbureaus, festivals en gemeenten in Overijssel, ' +
              'Drenthe en Gelderland',
            'Verhuuromzet op mijn klanten in 2025: € 1,9 miljoen',
            'Ik spreek de projectleiders en organisatoren, die zelf bepalen wat ze huren',
            'Sanirent heeft 1.400 toiletunits en 60 toiletwagens in de verhuur',
          ],
        ),
        lines: ['Accountmanager verhuur – Sanirent Oost B.V., Hardenberg – vast contract sinds maart 2022'],
      },
      {
        ...job(
          'Planner verhuur',
          'Sanirent Oost B.V.',
          '2018-05',
          '2022-02',
          false,
          'mei 2018 – februari 2022 (eerst via het uitzendbureau, vanaf 2019 in vaste dienst)',
          ['Levering, service en ophalen voor 8 chauffeurs ingedeeld'],
        ),
        lines: [
          'Planner verhuur – Sanirent Oost B.V., Hardenberg – mei 2018 – februari 2022 (eerst via het ' +
            'uitzendbureau, vanaf 2019 in vaste dienst)',
        ],
      },
      {
        ...job(
          'Festivalmedewerker',
          'Vechtdal Events',
          '2012',
          '2018',
          false,
          '2012 – 2018, oproepkracht in de weekenden',
          ['Opbouw, afbouw en toiletservice op festivals en markten'],
        ),
        lines: ['Festivalmedewerker – Vechtdal Events, Ommen – 2012 – 2018, oproepkracht in de weekenden'],
      },
    ],
    education: [
      edu('mbo 4', 'MBO 4 Medewerker evenementenorganisatie, Alfa-college, Hardenberg, 2011 – 2015', {
        field: 'Medewerker evenementenorganisatie',
        institution: 'Alfa-college',
        startYear: 2011,
        endYear: 2015,
      }),
      edu('vmbo', 'VMBO gemengde leerweg, Hardenberg, 2007 – 2011', { startYear: 2007, endYear: 2011 }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('de', 'B2', 'Duits – goed (klanten in de Grafschaft Bentheim)'),
      lang('en', 'B2', 'Engels – goed'),
    ],
    languageBlocks: [
      {
        kind: 'bullets',
        items: [
          'Nederlands – moedertaal',
          'Vechtdals plat – thuis gesproken',
          'Duits – goed (klanten in de Grafschaft Bentheim)',
          'Engels – goed',
        ],
      },
    ],
    skills: ['Stressbestendig op festivaldagen', 'Proactief', 'Klantgericht', 'Rijbewijs B en BE'],
    clientBase: { activeAccounts: 110, annualRevenueEur: 1_900_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'initiative', 'stress_resistance'],
  },
  {
    id: 'nl-h37-06-vlaamse-kinderverzorgster-verkoopster-vertegenwoordiger-kinderwagens-sint-niklaas',
    format: 'txt',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Eenendertighonderd Zes',
    email: 'k3706.waasland@example.com',
    phone: '0496 28 71 35',
    contactLines: ['Sint-Niklaas'],
    afterContact: [{ kind: 'paragraph', text: 'Geboortedatum: 03/06/1985 · Burgerlijke staat: gehuwd' }],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Bijscholing',
      skills: 'Competenties',
      languages: 'Talen',
    },
    profile: [
      'Van kinderverzorgster naar verkoopster in een babyspeciaalzaak, en sinds 2017 vertegenwoordiger van ' +
        'kinderwagens, autostoeltjes en babykamers. Ik ken de vragen van jonge ouders en de zorgen van een ' +
        'zaakvoerder met een volle toonzaal.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Datum', title: 'Job', employer: 'Werkgever', duties: 'Takenpakket' },
    jobs: [
      job(
        'Vertegenwoordiger babyspeciaalzaken',
        'Kinderland Distributie NV',
        '2017-09',
        null,
        true,
        'sinds 1 september 2017',
        [
          'een 70-tal babyspeciaalzaken en warenhuizen in Oost- en West-Vlaanderen en de provincie Antwerpen',
          'omzet op mijn klanten ca. 3,1 miljoen euro in 2025',
          'de zaakvoerders kiezen zelf welke merken ze in hun toonzaal zetten',
          'opleiding van de verkoopsters in de winkels bij nieuwe modellen',
        ],
        'Lokeren',
      ),
      job(
        'Verkoopster',
        'Babyhuis Pimpernel',
        '2009-03',
        '2017-08',
        true,
        'maart 2009 – augustus 2017',
        ['advies en verkoop aan (aanstaande) ouders', 'vanaf 2013 ook verantwoordelijk voor de bestellingen'],
        'Sint-Niklaas',
      ),
      job(
        'Kinderverzorgster',
        'Kinderdagverblijf Het Klavertje',
        '2004-09',
        '2009-02',
        false,
        'september 2004 – februari 2009',
        undefined,
        'Temse',
      ),
    ],
    education: [
      edu('secondary', 'Diploma secundair onderwijs, behaald via de Examencommissie, 2010', {
        institution: 'Examencommissie',
        endYear: 2010,
      }),
      edu('vocational', 'Kinderverzorging, Centrum voor Volwassenenonderwijs Waas, 2003 – 2004', {
        field: 'Kinderverzorging',
        institution: 'Centrum voor Volwassenenonderwijs Waas',
        startYear: 2003,
        endYear: 2004,
      }),
    ],
    courses: [
      named('Veilig vervoer van kinderen in de auto', 'Veilig vervoer van kinderen in de auto (leverancier, 2019)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('fr', 'B2', 'Frans: goed'),
      lang('en', 'B1', 'Engels: redelijk'),
    ],
    skills: [
      'Klantgericht',
      'Relatiebeheer met zaakvoerders',
      'Creatief met etalages en toonzaalinrichting',
      'Rijbewijs B',
    ],
    clientBase: { activeAccounts: 70, annualRevenueEur: 3_100_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'innovation', 'relationship_building'],
  },
  {
    id: 'nl-h37-07-vliegtuigtechnicus-support-key-account-manager-vliegtuigonderdelen-hoofddorp',
    format: 'pdf',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Eenendertighonderd Zeven',
    email: 'k3707.aero@example.net',
    phone: '+31 6 4417 2096',
    contactLines: ['Hoofddorp'],
    tagline: 'Key Account Manager aviation aftermarket',
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Trainingen',
      certifications: 'Certificaten',
      skills: 'Vaardigheden',
      languages: 'Talen',
      workTable: ['Functie', 'Periode', 'Bedrijf'],
    },
    profile: [
      'Vijftien jaar vliegtuigtechnicus, ruim vijf jaar customer support en sinds 2019 key account manager voor ' +
        'onderdelen, reparaties en poolcontracten. Ik spreek de taal van de hangar en die van de inkoop. Ik zoek een ' +
        'vergelijkbare rol bij een OEM of onderhoudsbedrijf, graag met minder reisdagen dan nu (zo’n 70 per jaar).',
    ],
    jobStyle: 'table',
    workTableOrder: ['title', 'period', 'employer'],
    jobs: [
      job('Key Account Manager MRO', 'AeroParts Benelux B.V.', '2019-10', null, true, 'okt 2019 – heden', [
        '22 luchtvaartmaatschappijen en onderhoudsbedrijven in Europa, het Midden-Oosten en Afrika',
        'Omzet op mijn accounts in 2025: USD 18 mln (ca. € 16,5 mln)',
        'Gesprekspartners: inkoopmanagers en technisch directeuren die over de leverancierskeuze beslissen',
        'Pool- en exchangecontracten van drie tot vijf jaar, van offerte tot verlenging',
      ]),
      job('Customer Support Engineer', 'AeroParts Benelux B.V.', '2014-02', '2019-09', false, 'feb 2014 – sep 2019', [
        'AOG-aanvragen en technische vragen van klanten in een 24/7-rooster; offertes liepen via de verkoopafdeling',
      ]),
      job(
        'Vliegtuigonderhoudstechnicus B1',
        'Skyline Technics B.V.',
        '1998-09',
        '2014-01',
        false,
        'sep 1998 – jan 2014',
        ['Lijn- en hangaronderhoud aan Boeing 737 en Embraer 190', 'Vanaf 2008 certifying staff B1'],
      ),
    ],
    education: [
      edu('hbo', 'HBO Bedrijfskunde (deeltijd), Hogeschool Inholland, Haarlem, 2012 – 2016', {
        field: 'Bedrijfskunde',
        institution: 'Hogeschool Inholland',
        startYear: 2012,
        endYear: 2016,
      }),
      edu('mbo 4', 'MBO 4 Vliegtuigonderhoudstechnicus, ROC van Amsterdam – Airport, 1994 – 1998', {
        field: 'Vliegtuigonderhoudstechnicus',
        institution: 'ROC van Amsterdam',
        startYear: 1994,
        endYear: 1998,
      }),
    ],
    courses: [named('Contracten in de luchtvaart', 'Contracten in de luchtvaart (2021)')],
    certifications: [named('IATA DGR categorie 3', 'IATA DGR categorie 3 (geldig tot 2027)')],
    languages: [
      lang('nl', 'native', 'Nederlands ★★★★★ moedertaal'),
      lang('en', 'C1', 'Engels ★★★★★ vloeiend'),
      lang('de', 'B2', 'Duits ★★★★☆ goed'),
      lang('fr', 'B1', 'Frans ★★★☆☆ redelijk'),
    ],
    skills: [
      'Onderhandelen',
      'Analytisch',
      'Netwerken op beurzen in Europa en het Midden-Oosten',
      'EASA Part-66 B1-licentie (niet verlengd sinds 2016)',
      'SAP, Salesforce',
    ],
    clientBase: { activeAccounts: 22, annualRevenueEur: 16_500_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'relationship_building'],
  },
  {
    id: 'nl-h37-08-naaister-verkoopster-accountmanager-bruidsmode-rijssen',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Eenendertighonderd Acht',
    email: 'k3708.bruid@example.com',
    phone: '06-27 31 45 90',
    contactLines: ['Rijssen'],
    tagline: 'Accountmanager bruidsmode · Nederland en België',
    headings: {
      profile: 'Over mij',
      work: 'Werkervaring',
      education: 'Opleidingen',
      courses: 'Cursussen',
      skills: 'Wat ik meeneem',
      languages: 'Talen',
    },
    profile: [
      'Ik begon in een naaiatelier, stond ruim acht jaar in een bruidszaak en bezoek sinds 2020 de bruidsmodezaken ' +
        'in Nederland en België voor een agentuur met drie Europese merken. Ik weet hoe een pasafspraak voelt voor ' +
        'een bruid én wat een collectie kost voor de eigenaresse van de zaak.',
    ],
    jobStyle: 'inline',
    jobs: [
      {
        ...job(
          'Accountmanager bruidsmode Benelux',
          'Atelier Sposa Agenturen',
          '2020-01',
          null,
          true,
          'januari 2020 – heden',
          [
            'Ongeveer 95 bruidsmodezaken in Nederland en België, van kleine ateliers tot zaken met vijf paskamers',
            'Omzet via mijn klanten in 2025: € 2,6 miljoen',
            'De eigenaressen kiezen zelf welke collecties ze voeren; ik laat ze de nieuwe lijnen zien op de beurzen ' +
              'en in hun eigen zaak',
            'Twee collecties per jaar, met voorinschrijving in maart en september',
          ],
        ),
        lines: [
          'januari 2020 – heden: Accountmanager bruidsmode Benelux bij Atelier Sposa Agenturen (thuiswerkend, ' +
            'regio Nederland en België)',
        ],
      },
      job(
        'Verkoopster bruidsmode',
        'Bruidshuis Twente',
        '2011-04',
        '2019-12',
        true,
        'april 2011 – december 2019',
        [
          'Begeleiding van bruiden van de eerste pasafspraak tot de laatste pasbeurt',
          'De zaak hielp zo’n 250 bruiden per jaar',
        ],
        'Almelo',
      ),
      job(
        'Naaister',
        'Kleermakerij De Schaar',
        '2008-08',
        '2011-03',
        false,
        'augustus 2008 – maart 2011',
        ['Vermaken van bruids- en feestkleding'],
        'Rijssen',
      ),
    ],
    education: [
      edu('mbo 4', 'MBO 4 Allround medewerker mode/maatkleding, ROC van Twente, Hengelo, 2004 – 2008', {
        field: 'Allround medewerker mode/maatkleding',
        institution: 'ROC van Twente',
        startYear: 2004,
        endYear: 2008,
      }),
      edu('vmbo', 'VMBO-TL, Rijssen, 2000 – 2004', { startYear: 2000, endYear: 2004 }),
    ],
    courses: [named('Visual merchandising voor speciaalzaken', 'Visual merchandising voor speciaalzaken (2021)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'B2', 'Duits – goed'),
      lang('it', 'A2', 'Italiaans – basis (voor de beurs in Milaan)'),
    ],
    skills: ['Creatief', 'Klantgericht', 'Overtuigend', 'Netwerken op de bruidsbeurzen', 'Rijbewijs B'],
    clientBase: { activeAccounts: 95, annualRevenueEur: 2_600_000, segment: 'international', decisionMakers: true },
    competencies: ['customer_focus', 'innovation', 'persuasiveness', 'relationship_building'],
  },
  {
    id: 'nl-h37-09-vlaamse-barman-cafebaas-commercieel-afgevaardigde-jenever-hasselt',
    format: 'txt',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Eenendertighonderd Negen',
    email: 'negen.k3709@example.net',
    phone: '+32 478 13 26 94',
    contactLines: ['3500 Hasselt', 'Geboren 12 maart 1969'],
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Beroepservaring',
      education: 'Opleiding',
      courses: 'Bijscholing',
      skills: 'Sterktes',
      languages: 'Talenkennis',
    },
    profile: [
      'Meer dan dertig jaar horeca, waarvan veertien als cafébaas, en sinds 2012 aan de andere kant van de toog: als ' +
        'afgevaardigde van een Limburgse stokerij bij cafés, restaurants en drankenhandels. Ik ken de uitbaters omdat ' +
        'ik er zelf een was.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Commercieel afgevaardigde horeca en drankenhandel',
          'Stokerij De Hasselaar NV',
          '2012-03',
          null,
          true,
          'vanaf maart 2012 tot op heden',
          [
            'Een 180-tal cafés, restaurants en drankenhandels in Limburg, Vlaams-Brabant en de Antwerpse Kempen',
            'Omzet op mijn klanten: ongeveer 2,4 miljoen euro per jaar',
            'De uitbaters en zaakvoerders beslissen zelf wat er op de kaart en in het rek komt',
            'De stokerij vult jaarlijks een 1,2 miljoen flessen jenever en likeur',
          ],
        ),
        lines: [
          'Commercieel afgevaardigde horeca en drankenhandel',
          'Stokerij De Hasselaar NV · vanaf maart 2012 tot op heden',
        ],
      },
      {
        ...job('Zaakvoerder', 'Café ’t Jeneverke', '1998-01', '2012-02', false, 'januari 1998 – februari 2012', [
          'Eigen café met twee personeelsleden en een terras van 60 plaatsen',
        ]),
        lines: ['Zaakvoerder (eigen zaak)', 'Café ’t Jeneverke, Hasselt · januari 1998 – februari 2012'],
      },
      {
        ...job('Barman', 'Brasserie De Kolonel', '1990-09', '1997-12', false, 'september 1990 – december 1997'),
        lines: ['Barman', 'Brasserie De Kolonel, Genk · september 1990 – december 1997'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Legerdienst' },
      { kind: 'paragraph', text: '1988 – 1989, bij de Belgische Strijdkrachten in Duitsland (Soest)' },
    ],
    education: [
      edu('secondary', 'A2-diploma Hotel (TSO), Hotelschool Hasselt, 1981 – 1987', {
        field: 'Hotel',
        institution: 'Hotelschool Hasselt',
        startYear: 1981,
        endYear: 1987,
      }),
    ],
    courses: [named('Cursus bedrijfsbeheer', 'Cursus bedrijfsbeheer (avondles, Syntra Limburg, 1997)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('fr', 'B2', 'Frans: goed'),
      lang('de', 'B1', 'Duits: redelijk (legerdienst)'),
      lang('en', 'B1', 'Engels: redelijk'),
    ],
    skills: [
      'Relatiebeheer',
      'Ondernemend: veertien jaar eigen zaak',
      'Kennis van jenevers, likeuren en gin',
      'Rijbewijs B',
    ],
    clientBase: { activeAccounts: 180, annualRevenueEur: 2_400_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['entrepreneurship', 'relationship_building'],
  },
  {
    id: 'nl-h37-10-vlaamse-verkoper-dierenspeciaalzaak-account-manager-aquaristiek-vijver-genk',
    format: 'pdf',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Eenendertighonderd Tien',
    email: 'k3710.genk@example.org',
    phone: '0468 24 90 17',
    contactLines: ['Genk'],
    tagline: 'Account manager aquaristiek en vijver',
    headings: {
      profile: 'Over mij',
      work: 'Ervaring',
      education: 'Opleiding',
      courses: 'Cursussen',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Mijn eerste aquarium kreeg ik van mijn nonno toen ik acht was. Na mijn studie dierenzorg stond ik bijna zes ' +
        'jaar in de aquariumafdeling van een dierenspeciaalzaak; sinds 2022 bezoek ik de speciaalzaken en ' +
        'vijverbouwers zelf, aan beide kanten van de Maas.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Account manager aquaristiek en vijver',
          'AquaFlora Distributie BV',
          '2022-05',
          null,
          true,
          'mei 2022 – vandaag',
          [
            'Een 60-tal dierenspeciaalzaken, tuincentra en vijverbouwers in Belgisch en Nederlands Limburg en de ' +
              'provincie Antwerpen',
            'Omzet op mijn klanten in 2025: 1,3 miljoen euro',
            'Productopleidingen voor het winkelpersoneel, opvolging van acties en beursdagen',
          ],
        ),
        lines: ['[AquaFlora Distributie BV, Hasselt] Account manager aquaristiek en vijver, mei 2022 – vandaag'],
      },
      {
        ...job(
          'Verkoper aquariumafdeling',
          'Dierenparadijs Zonhoven',
          '2016-09',
          '2022-04',
          true,
          'september 2016 – april 2022',
          [
            'Advies en verkoop van aquaria, vissen, planten en vijvertechniek aan particulieren',
            'Waterwaarden testen en uitleggen aan klanten',
          ],
        ),
        lines: ['[Dierenparadijs Zonhoven] Verkoper aquariumafdeling, september 2016 – april 2022'],
      },
      {
        ...job(
          'Jobstudent kassa en planten',
          'Tuincentrum De Hoeve',
          '2013',
          '2016',
          false,
          '2013 – 2016 (weekends en vakanties)',
        ),
        lines: ['[Tuincentrum De Hoeve, As] Jobstudent kassa en planten, 2013 – 2016 (weekends en vakanties)'],
      },
    ],
    education: [
      edu(
        'bachelor',
        'Professionele bachelor Agro- en biotechnologie, afstudeerrichting Dierenzorg, PXL Hogeschool, Hasselt, 2013 – 2016',
        { field: 'Agro- en biotechnologie', institution: 'PXL Hogeschool', startYear: 2013, endYear: 2016 },
      ),
      edu('secondary', 'TSO Biotechnische wetenschappen, Genk, 2007 – 2013', {
        field: 'Biotechnische wetenschappen',
        startYear: 2007,
        endYear: 2013,
      }),
    ],
    courses: [named('Vijveraanleg', 'Vijveraanleg (Syntra Limburg, 2023)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands is mijn moedertaal'),
      lang('it', 'native', 'Italiaans mijn thuistaal'),
      lang('fr', 'B2', 'Frans spreek ik goed'),
      lang('en', 'B2', 'Engels goed'),
    ],
    languagesText: [
      'Nederlands is mijn moedertaal en Italiaans mijn thuistaal (mijn grootouders kwamen naar Genk voor de mijnen). ' +
        'Frans en Engels spreek ik goed.',
    ],
    skills: ['Communicatief', 'Analytisch: waterwaarden en voederschema’s', 'Teamspeler', 'Rijbewijs B'],
    clientBase: { activeAccounts: 60, annualRevenueEur: 1_300_000, segment: 'international' },
    competencies: ['analytical', 'communication', 'teamwork'],
  },
  {
    id: 'nl-h37-11-sportwinkel-graveur-accountmanager-bekers-en-medailles-oosterhout',
    format: 'docx',
    language: 'nl',
    layout: 'two-column',
    docxColumns: 'section',
    name: 'Kandidaat Eenendertighonderd Elf',
    email: 'k3711.prijzen@example.com',
    phone: '06 24 87 51 03',
    contactLines: ['Oosterhout (N-Br)', 'Vast: 0162 45 82 31'],
    headings: {
      contact: 'Contact',
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Cursus',
      skills: 'Sterk in',
      languages: 'Talen',
    },
    profile: [
      'Ruim dertig jaar bezig met sport en prijzen: eerst als verkoper in een sportzaak, daarna als graveur en sinds ' +
        '2012 als accountmanager. Ik zorg dat de club op tijd zijn bekers heeft en het bedrijf zijn jubileumspeld.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Accountmanager verenigingen en evenementen',
        'Prijzenhuis Brabant B.V.',
        '2012-02',
        null,
        true,
        'feb. 2012 – heden',
        [
          'Ongeveer 340 sportverenigingen, scholen, bedrijven en evenementenorganisatoren in Brabant en Zeeland',
          'Omzet op mijn klanten in 2025: € 1,15 miljoen',
          'Jaarlijks gaan er ruim 60.000 medailles de deur uit, ook voor 28 bedrijfsloopjes',
        ],
        'Oosterhout',
      ),
      job(
        'Graveur',
        'Prijzenhuis Brabant B.V.',
        '2004-05',
        '2012-01',
        false,
        'mei 2004 – jan. 2012',
        ['Graveren en bedrukken van bekers, plaquettes en relatiegeschenken'],
        'Oosterhout',
      ),
      job(
        'Verkoper',
        'Sportshop De Heuvel',
        '1992-08',
        '2004-04',
        true,
        'aug. 1992 – apr. 2004',
        [
          'Verkoop van sportschoenen, clubkleding en teamsportartikelen',
          'Vanaf 1998 ook de clubkleding voor 15 verenigingen',
        ],
        'Oosterhout',
      ),
      job(
        'Vakkenvuller',
        'Supermarkt Arendshof',
        '1990',
        '1992',
        false,
        '1990 – 1992 (zaterdagen)',
        undefined,
        'Oosterhout',
      ),
    ],
    education: [
      edu('mbo 2', 'KMBO Detailhandel, Breda, 1990 – 1992', { field: 'Detailhandel', startYear: 1990, endYear: 1992 }),
      edu('lower secondary', 'LBO Handel en verkoop, Oosterhout, 1986 – 1990', {
        field: 'Handel en verkoop',
        startYear: 1986,
        endYear: 1990,
      }),
    ],
    courses: [named('Lasergraveren en sublimatiedruk', 'Lasergraveren en sublimatiedruk (2005)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('en', 'B1', 'Engels: redelijk'),
      lang('de', 'A2', 'Duits: basis'),
    ],
    skills: [
      'Klantgericht',
      'Creatief met logo’s en ontwerpen',
      'Plannen en organiseren: de bekers staan er vóór het toernooi',
      'Rijbewijs B',
    ],
    clientBase: { activeAccounts: 340, annualRevenueEur: 1_150_000, segment: 'regional_smb' },
    competencies: ['customer_focus', 'innovation', 'organisation'],
  },
  {
    id: 'nl-h37-12-rondleider-galeriemedewerker-art-consultant-kunstuitleen-delft',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Eenendertighonderd Twaalf',
    email: 'k3712@example.net',
    phone: '06 81 35 27 46',
    contactLines: ['Delft'],
    headings: {
      profile: 'Profiel:',
      work: 'Werkervaring:',
      education: 'Opleiding:',
      courses: 'Cursussen:',
      skills: 'Vaardigheden:',
      languages: 'Talen:',
    },
    profile: [
      'Kunsthistoricus die liever met kunst werkt dan erover schrijft. Na mijn studie gaf ik rondleidingen, verkocht ' +
        'ik grafiek en schilderijen in een galerie, en sinds 2021 breng ik kunst naar kantoren, praktijken en ' +
        'zorginstellingen: huren, kopen of eerst een jaar proberen.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Art consultant zakelijke markt',
        'Artotheek & Bedrijfskunst Delfland B.V.',
        '2021-09',
        null,
        true,
        'sep. 2021 – heden',
        [
          'Portefeuille van 48 bedrijven, advocatenkantoren, tandartspraktijken en zorginstellingen in Delft, Den ' +
            'Haag en Rotterdam',
          'Huur- en verkoopomzet op mijn klanten: € 420.000 per jaar',
          'Ik presenteer een voorstel aan de directie of de maatschap, die beslist',
          'De collectie telt ruim 6.000 werken van 350 kunstenaars',
        ],
        'Delft',
      ),
      job(
        'Galeriemedewerker verkoop',
        'Galerie Zeefdruk & Co',
        '2016-03',
        '2021-08',
        true,
        'mrt. 2016 – aug. 2021',
        ['Verkoop van grafiek en schilderijen aan particuliere verzamelaars, zes exposities per jaar'],
        'Den Haag',
      ),
      job(
        'Rondleider',
        'Stichting Museumhuis Delfland',
        '2013-09',
        '2016-02',
        false,
        'sep. 2013 – feb. 2016 (nulurencontract)',
        undefined,
        'Delft',
      ),
    ],
    education: [
      edu('master', 'Master Kunstgeschiedenis, Universiteit Leiden, 2012 – 2013', {
        field: 'Kunstgeschiedenis',
        institution: 'Universiteit Leiden',
        startYear: 2012,
        endYear: 2013,
      }),
      edu('bachelor', 'Bachelor Kunstgeschiedenis, Universiteit Leiden, 2009 – 2012', {
        field: 'Kunstgeschiedenis',
        institution: 'Universiteit Leiden',
        startYear: 2009,
        endYear: 2012,
      }),
      edu('vwo', 'VWO, Stanislascollege, Delft, 2003 – 2009', {
        institution: 'Stanislascollege',
        startYear: 2003,
        endYear: 2009,
      }),
    ],
    courses: [
      named(
        'Acquisitie en relatiebeheer voor de kunstsector',
        'Acquisitie en relatiebeheer voor de kunstsector (2022)',
      ),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('fr', 'B1', 'Frans – redelijk'),
      lang('it', 'A2', 'Italiaans – basis (een semester in Florence)'),
    ],
    skills: ['Overtuigend', 'Netwerken', 'Communicatief', 'Adobe InDesign, Excel'],
    clientBase: { activeAccounts: 48, annualRevenueEur: 420_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'persuasiveness', 'relationship_building'],
  },
  {
    id: 'nl-h37-13-vlaamse-hopteler-account-manager-hop-brouwerijen-poperinge',
    format: 'pdf',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Eenendertighonderd Dertien',
    email: 'k3713.hop@example.com',
    phone: '+32 57 33 81 20',
    contactLines: ['8970 Poperinge'],
    afterContact: [{ kind: 'paragraph', text: 'Geboren in 1978 te Poperinge · gehuwd' }],
    headings: {
      profile: 'Profiel',
      work: 'Loopbaan',
      education: 'Opleiding',
      certifications: 'Certificaat',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Zoon van een hopboer, ruim vijftien jaar mee-teler op het familiebedrijf en sinds 2015 account manager bij ' +
        'een hop- en moutleverancier. Ik verkoop wat ik zelf heb zien groeien, aan brouwers in vier landen.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Jaren', title: 'Job', employer: 'Bedrijf', duties: 'Inhoud' },
    jobs: [
      job(
        'Account manager brouwerijen',
        'Westhoek Hop & Malt NV',
        '2015-01',
        null,
        true,
        'sinds 01/2015',
        [
          'een 130-tal brouwerijen, van microbrouwerijen tot middelgrote familiebrouwerijen, in België, Nederland, ' +
            'Frankrijk en het Verenigd Koninkrijk',
          'omzet op mijn klanten: een 4,2 miljoen euro (2025)',
          'de brouwmeesters en zaakvoerders kiezen zelf hun recepten en grondstoffen',
          'contracten per oogstjaar; de coöperatie verwerkt de oogst van 38 hoptelers',
        ],
        'Poperinge',
      ),
      job(
        'Mede-zaakvoerder hopteelt',
        'Hopboerderij De Ast',
        '1999-07',
        '2014-12',
        false,
        '07/1999 – 12/2014',
        [
          'familiebedrijf met 14 hectare hop en akkerbouw, samen met mijn ouders',
          'pluk, droging en levering aan de handel',
        ],
        'Proven',
      ),
    ],
    education: [
      edu(
        'short-cycle tertiary',
        'Graduaat Landbouw, Katholieke Hogeschool Zuid-West-Vlaanderen, Roeselare, 1996 – 1999',
        {
          field: 'Landbouw',
          institution: 'Katholieke Hogeschool Zuid-West-Vlaanderen',
          startYear: 1996,
          endYear: 1999,
        },
      ),
      edu('secondary', 'TSO Land- en tuinbouw, Poperinge, 1990 – 1996', {
        field: 'Land- en tuinbouw',
        startYear: 1990,
        endYear: 1996,
      }),
    ],
    courses: [],
    certifications: [named('BJCP Beer Judge', 'BJCP Beer Judge, rang Certified (2019)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('fr', 'C1', 'Frans – zeer goed'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'A2', 'Duits – basis'),
    ],
    skills: [
      'Relatieopbouw met brouwmeesters',
      'Analytisch: alfazuren, oogstcijfers en contracten',
      'Onderhandelingsvaardig',
      'Rijbewijs B en G',
    ],
    clientBase: { activeAccounts: 130, annualRevenueEur: 4_200_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'relationship_building'],
  },
  {
    id: 'nl-h37-14-hovenier-inspecteur-accountmanager-speeltoestellen-winterswijk',
    format: 'docx',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Eenendertighonderd Veertien',
    email: 'k3714.speel@example.org',
    phone: '06 19 40 72 85',
    contactLines: ['Winterswijk'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      certifications: 'Certificaten',
      skills: 'Competenties',
      languages: 'Talen',
    },
    profile: [
      'Van hovenier via keurmeester naar accountmanager: ik weet hoe een speelplek wordt aangelegd, waar hij slijt ' +
        'en waarop hij wordt afgekeurd. Dat gebruik ik bij gemeenten, woningcorporaties, scholen en recreatieparken ' +
        'die een nieuwe speelplek willen.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Accountmanager openbare ruimte', 'SpeelWerk Oost B.V.', '2019-08', null, true, 'aug. 2019 – heden', [
          'Ongeveer 70 vaste opdrachtgevers: gemeenten, woningcorporaties, scholen en recreatieparken in ' +
            'Gelderland, Overijssel en Utrecht',
          'Omzet op mijn opdrachtgevers in 2025: € 3,4 miljoen',
          'Beleidsmedewerkers groen en spelen schrijven de uitvraag; gegund wordt via aanbestedingen of door het college',
          'Van schetsontwerp met de ontwerpers tot oplevering met de uitvoering',
        ]),
        lines: ['Accountmanager openbare ruimte (SpeelWerk Oost B.V., Winterswijk), aug. 2019 – heden'],
      },
      {
        ...job(
          'Inspecteur speeltoestellen',
          'Keurbureau Speelveilig',
          '2014-03',
          '2019-07',
          false,
          'mrt. 2014 – jul. 2019',
          ['Jaarlijkse inspecties van zo’n 1.200 speelplekken voor gemeenten en parken'],
        ),
        lines: ['Inspecteur speeltoestellen (Keurbureau Speelveilig, Doetinchem), mrt. 2014 – jul. 2019'],
      },
      {
        ...job('Hovenier', 'Hoveniersbedrijf Het Groene Hart', '2005-09', '2014-02', false, 'sep. 2005 – feb. 2014', [
          'Aanleg en onderhoud van tuinen en openbaar groen, vanaf 2010 als voorman',
        ]),
        lines: ['Hovenier (Hoveniersbedrijf Het Groene Hart, Aalten), sep. 2005 – feb. 2014'],
      },
    ],
    education: [
      edu('mbo 3', 'MBO 3 Vakbekwaam hovenier (BBL), Doetinchem, 2005 – 2008', {
        field: 'Vakbekwaam hovenier',
        startYear: 2005,
        endYear: 2008,
      }),
      edu('vmbo', 'VMBO basis Groen, Winterswijk, 2001 – 2005', { field: 'Groen', startYear: 2001, endYear: 2005 }),
    ],
    courses: [],
    certifications: [
      named(
        'Inspecteur speeltoestellen (NEN-EN 1176/1177)',
        'Inspecteur speeltoestellen (NEN-EN 1176/1177), herregistratie 2025',
      ),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('de', 'B2', 'Duits – goed'),
      lang('en', 'B1', 'Engels – redelijk'),
    ],
    languageBlocks: [
      {
        kind: 'bullets',
        items: [
          'Nederlands – moedertaal',
          'Achterhoeks – thuis en met de klanten hier',
          'Duits – goed',
          'Engels – redelijk',
        ],
      },
    ],
    skills: [
      'Initiatief',
      'Creatief meedenken bij ontwerpen',
      'Samenwerken met ontwerpers en uitvoering',
      'VCA Basis (verlopen in 2020)',
      'Rijbewijs B en BE',
    ],
    clientBase: { activeAccounts: 70, annualRevenueEur: 3_400_000, segment: 'regional_smb' },
    competencies: ['initiative', 'innovation', 'teamwork'],
  },
  {
    id: 'nl-h37-15-winkelverkoper-dronepiloot-accountmanager-dronediensten-lelystad',
    format: 'txt',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Eenendertighonderd Vijftien',
    email: 'k3715.drone@example.com',
    phone: '06-38471926',
    contactLines: ['Lelystad'],
    headings: {
      profile: 'Profiel',
      work: 'Werk',
      education: 'Opleiding',
      certifications: 'Certificaten',
      skills: 'Skills',
      languages: 'Talen',
      workTable: ['Van – tot', 'Organisatie', 'Functie'],
    },
    profile: [
      'Ik vloog drones voordat ik ze mocht verkopen, en ik verkocht ze voordat ik er voor klanten mee vloog. Sinds ' +
        '2024 ben ik accountmanager voor inspecties met drones: daken, zonneparken, akkers en dijken. Ik ben 26 en ' +
        'wil doorgroeien naar grote klanten in energie en infra.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Accountmanager dronediensten', 'SkyScan Inspecties B.V.', '2024-02', null, true, 'feb. 2024 – heden', [
        '35 vaste opdrachtgevers door heel Nederland: dakdekkers, beheerders van zonneparken, akkerbouwers en twee ' +
          'waterschappen',
        'Omzet op mijn opdrachtgevers in 2025: € 780.000',
        'Meestal spreek ik de eigenaar of de assetmanager, die zelf beslist',
        'In 2025 vlogen onze piloten ruim 2.300 inspectievluchten',
      ]),
      job('Dronepiloot', 'SkyScan Inspecties B.V.', '2022-01', '2024-01', false, 'jan. 2022 – jan. 2024', [
        'Thermografische inspecties van daken en zonnepanelen, met rapportage voor de klant',
      ]),
      job(
        'Verkoper camera’s en drones',
        'Fotovak Almere',
        '2019-09',
        '2021-12',
        true,
        'sep. 2019 – dec. 2021 (parttime, naast de opleiding)',
        ['Advies en verkoop aan particulieren en een paar bedrijven'],
      ),
    ],
    education: [
      edu('mbo 4', 'MBO 4 Medewerker Geo-ICT, ROC Flevoland, Almere, 2017 – 2021', {
        field: 'Medewerker Geo-ICT',
        institution: 'ROC Flevoland',
        startYear: 2017,
        endYear: 2021,
      }),
      edu('vmbo', 'VMBO-TL, Lelystad, 2013 – 2017', { startYear: 2013, endYear: 2017 }),
    ],
    courses: [],
    certifications: [
      named('EU-bewijs van bekwaamheid STS-01', 'EU-bewijs van bekwaamheid STS-01 (geldig tot 2028)'),
      named('Thermografie Level 1', 'Thermografie Level 1 (2022)'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('de', 'A2', 'Duits – basis'),
    ],
    languageBlocks: [
      {
        kind: 'bullets',
        items: [
          'Nederlands – moedertaal',
          'Nederlandse Gebarentaal (NGT) – moedertaal, mijn ouders zijn doof',
          'Engels – vloeiend',
          'Duits – basis',
        ],
      },
    ],
    skills: [
      'Proactief',
      'Analytisch: thermografische beelden en rapportages',
      'Communicatief',
      'DJI Enterprise, Pix4D, Excel',
    ],
    clientBase: { activeAccounts: 35, annualRevenueEur: 780_000, segment: 'national', decisionMakers: true },
    competencies: ['analytical', 'communication', 'initiative'],
  },
  {
    id: 'nl-h37-16-receptioniste-parkmanager-verkoopadviseur-chalets-zierikzee-geen-portefeuille',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Eenendertighonderd Zestien',
    email: 'k3716.zeeland@example.com',
    phone: '06 49 26 10 83',
    contactLines: ['Zierikzee (Schouwen-Duiveland)'],
    afterContact: [{ kind: 'paragraph', text: 'Leeftijd: 55 · getrouwd · rijbewijs B' }],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Cursussen',
      skills: 'Kwaliteiten',
      languages: 'Talen',
    },
    profile: [
      'Ruim dertig jaar in de Zeeuwse recreatie: achter de receptie van een camping, als manager van een ' +
        'vakantiepark en sinds 2017 als verkoopadviseur van chalets en stacaravans. Mijn kopers zijn particulieren ' +
        'die een eigen plek aan de kust zoeken; ik help ze van de eerste bezichtiging tot de sleuteloverdracht.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Verkoopadviseur recreatiewoningen',
          'Zeeuwse Chaletbouw B.V.',
          '2017-04',
          null,
          true,
          'april 2017 tot heden (32 uur)',
          [
            'Verkoop van nieuwe en gebruikte chalets en stacaravans op acht parken langs de kust, aan particuliere kopers',
            'In 2025 verkocht ik 46 chalets en 12 stacaravans, gemiddeld € 165.000 per woning',
            'De parkeigenaren zijn partners van ons bedrijf, geen klanten van mij',
          ],
        ),
        lines: [
          'Zeeuwse Chaletbouw B.V. · Renesse',
          'Verkoopadviseur recreatiewoningen',
          'april 2017 tot heden (32 uur)',
        ],
      },
      {
        ...job('Parkmanager', 'Vakantiepark De Duinrand', '2004-03', '2017-03', false, 'maart 2004 – maart 2017', [
          'Leiding aan 14 medewerkers, 320 standplaatsen en 60 verhuurchalets',
        ]),
        lines: ['Vakantiepark De Duinrand · Burgh-Haamstede', 'Parkmanager', 'maart 2004 – maart 2017'],
      },
      {
        ...job('Receptioniste', 'Camping Zeeuws Licht', '1991-04', '2004-02', false, 'april 1991 – februari 2004', [
          'Receptie en reserveringen; vanaf 1998 hoofd receptie',
        ]),
        lines: ['Camping Zeeuws Licht · Westenschouwen', 'Receptioniste', 'april 1991 – februari 2004'],
      },
    ],
    education: [
      edu('mbo 4', 'MTRO (Middelbaar Toeristisch en Recreatief Onderwijs), Middelburg, 1987 – 1991', {
        startYear: 1987,
        endYear: 1991,
      }),
      edu('mavo', 'MAVO-4, Zierikzee, 1983 – 1987', { startYear: 1983, endYear: 1987 }),
    ],
    courses: [
      named('Wwft bij de verkoop van recreatiewoningen', 'Wwft bij de verkoop van recreatiewoningen (2018)'),
      named('Verkooptechnieken', 'Verkooptechnieken (2017)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('de', 'C1', 'Duits – zeer goed (de helft van mijn kopers is Duits)'),
      lang('en', 'B2', 'Engels – goed'),
      lang('fr', 'B1', 'Frans – redelijk'),
    ],
    skills: ['Overtuigingskracht', 'Stressbestendig in het hoogseizoen', 'Tactvol', 'Reserveringssystemen en Excel'],
    clientBase: null,
    competencies: ['persuasiveness', 'stress_resistance', 'tact_assertiveness'],
  },
  {
    id: 'nl-h37-17-vlaamse-schrijnwerker-orgelbouwer-zaakvoerder-orgelmakerij-ninove-geen-verkoop',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Eenendertighonderd Zeventien',
    email: 'k3717.orgel@example.net',
    phone: '054 32 18 77',
    contactLines: ['9400 Ninove'],
    afterContact: [{ kind: 'paragraph', text: 'Geboren op 21 oktober 1968 · gehuwd · twee volwassen kinderen' }],
    headings: {
      profile: 'Profiel',
      work: 'Beroepsloopbaan',
      education: 'Opleiding',
      courses: 'Vorming',
      skills: 'Vaardigheden',
      languages: 'Talen',
    },
    profile: [
      'Orgelbouwer sinds 1990 en sinds 2004 zaakvoerder van een kleine orgelmakerij. Ik draag de zaak in 2027 over ' +
        'aan mijn vroegere leerling en zoek voor mijn laatste werkjaren een vaste job als restaurateur of technisch ' +
        'medewerker bij een erfgoedatelier, een instrumentenbouwer of een concertzaal. Verkoop heb ik nooit gedaan: ' +
        'de offertes voor kerkfabrieken en gemeenten maakte ik zelf, maar klanten werven was nooit nodig.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Periode', title: 'Beroep', employer: 'Werkplaats', duties: 'Werkzaamheden' },
    jobs: [
      job(
        'Zaakvoerder en orgelbouwer',
        'Orgelmakerij Denderdal BV',
        '2004-01',
        null,
        false,
        'januari 2004 – heden',
        [
          'restauratie, stemming en onderhoud van een 90-tal kerk- en concertorgels onder onderhoudscontract',
          'drie restauraties per jaar, met twee medewerkers en een leerling',
          'dossiers voor erfgoedpremies, samen met de erfgoedconsulenten',
        ],
        'Ninove',
      ),
      job(
        'Orgelbouwer',
        'Orgelbouw Schelde & Dender',
        '1990-03',
        '2003-12',
        false,
        'maart 1990 – december 2003',
        ['pijpwerk, windladen en kasten voor nieuwe orgels en restauraties in Vlaanderen en Nederland'],
        'Aalst',
      ),
      job(
        'Schrijnwerker',
        'Schrijnwerkerij Ter Dender',
        '1987-09',
        '1990-02',
        false,
        'september 1987 – februari 1990',
        undefined,
        'Ninove',
      ),
    ],
    education: [
      edu('secondary', 'A3 Houtbewerking (BSO), Vrij Technisch Instituut Ninove, 1981 – 1987', {
        field: 'Houtbewerking',
        institution: 'Vrij Technisch Instituut Ninove',
        startYear: 1981,
        endYear: 1987,
      }),
    ],
    courses: [named('Orgelbouw en -restauratie', 'Orgelbouw en -restauratie (avondopleiding, 1991 – 1993)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('fr', 'B2', 'Frans: goed'),
      lang('de', 'B1', 'Duits: redelijk'),
      lang('en', 'A2', 'Engels: basis'),
    ],
    skills: [
      'Samenwerken met architecten en erfgoedconsulenten',
      'Plannen van restauratiewerven',
      'Intoneren en stemmen',
      'Rijbewijs B',
    ],
    clientBase: null,
    competencies: ['organisation', 'teamwork'],
  },
  {
    id: 'nl-h37-18-fietsenmaker-stallingbeheerder-accountmanager-fietsparkeren-capelle',
    format: 'txt',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Eenendertighonderd Achttien',
    email: 'k3718.stalling@example.com',
    phone: '06 47 85 10 33',
    contactLines: ['Capelle aan den IJssel'],
    headings: {
      contact: 'Contactgegevens',
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleidingen',
      skills: 'Competenties',
      languages: 'Talen',
    },
    profile: [
      'Fietser, fietsenmaker en nu accountmanager fietsparkeren. Ik weet hoe een stalling er na tien jaar uitziet en ' +
        'adviseer gemeenten, scholen, corporaties en kantoren over systemen die passen en blijven werken.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Accountmanager fietsparkeren',
        'Stalwijs Fietsparkeersystemen B.V.',
        '2021-01',
        null,
        true,
        'januari 2021 – nu',
        [
          'Ongeveer 55 opdrachtgevers: gemeenten, scholen, woningcorporaties en kantoorbeheerders in Zuid-Holland ' +
            'en Utrecht',
          'Omzet op mijn opdrachtgevers in 2025: € 2,7 miljoen',
          'Mijn aanspreekpunten zijn projectleiders en facilitair managers, die zelf over de aanschaf beslissen',
          'In 2025 plaatste Stalwijs 18.000 fietsparkeerplekken',
        ],
        'Capelle aan den IJssel',
      ),
      job(
        'Projectleider montage',
        'Stalwijs Fietsparkeersystemen B.V.',
        '2015-06',
        '2020-12',
        false,
        'juni 2015 – december 2020',
        ['Montageploegen van vier man, opleveringen met de klant'],
        'Capelle aan den IJssel',
      ),
      job(
        'Beheerder fietsenstalling',
        'Stichting Fietsstalling Centrum',
        '2009-04',
        '2015-05',
        false,
        'april 2009 – mei 2015',
        ['Bewaakte stalling met 1.500 plekken, een reparatiewerkplaats en zes medewerkers'],
        'Rotterdam',
      ),
      job(
        'Verkoper en fietsenmaker',
        'Rijwielhandel Kralingen',
        '2003-08',
        '2009-03',
        true,
        'augustus 2003 – maart 2009',
        ['Verkoop en reparatie van fietsen in de winkel'],
        'Rotterdam',
      ),
    ],
    education: [
      edu('mbo 4', 'MBO 4 Middenkaderfunctionaris engineering (BOL), Albeda College, Rotterdam, 1999 – 2003', {
        field: 'Middenkaderfunctionaris engineering',
        institution: 'Albeda College',
        startYear: 1999,
        endYear: 2003,
      }),
      edu('mavo', 'MAVO, Capelle aan den IJssel, 1995 – 1999', { startYear: 1995, endYear: 1999 }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('es', 'A2', 'Spaans – basis'),
    ],
    languageBlocks: [
      {
        kind: 'bullets',
        items: ['Nederlands – moedertaal', 'Sranantongo – thuistaal', 'Engels – goed', 'Spaans – basis'],
      },
    ],
    skills: ['Klantgerichtheid', 'Overtuigend', 'Teamspeler', 'AutoCAD (basis)', 'Rijbewijs B'],
    clientBase: { activeAccounts: 55, annualRevenueEur: 2_700_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'persuasiveness', 'teamwork'],
  },
  {
    id: 'nl-h37-19-vlaamse-jobstudente-verkoopster-vertegenwoordiger-lingerie-knokke-heist',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Eenendertighonderd Negentien',
    email: 'k3719.kust@example.org',
    phone: '0475 82 19 36',
    contactLines: ['8300 Knokke-Heist', 'Rijbewijs B'],
    tagline: 'Vertegenwoordiger lingerie en badmode',
    headings: {
      contact: 'Contact',
      profile: 'Wie ik ben',
      work: 'Werkervaring',
      education: 'Studies',
      skills: 'Competenties',
      languages: 'Talen',
    },
    profile: [
      'Na mijn studies stond ik ruim zes jaar in een lingeriezaak in het Zoute; sinds 2018 bezoek ik zelf de ' +
        'lingerie- en badmodezaken voor een agentuur met vier merken. Ik ken het pasgesprek, de voorinschrijving en ' +
        'de zorgen van een zaakvoerster over haar stock.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Vertegenwoordiger lingerie en badmode',
          'Maison Dentelle Agentuur BV',
          '2018-03',
          null,
          true,
          'sinds maart 2018',
          [
            'een 110-tal lingerie- en badmodezaken in West- en Oost-Vlaanderen',
            'omzet van de vier merken bij mijn klanten: ongeveer 1,8 miljoen euro',
            'de zaakvoersters beslissen zelf over hun collecties; twee voorinschrijvingen per jaar',
          ],
        ),
        lines: ['Vertegenwoordiger lingerie en badmode', 'Maison Dentelle Agentuur BV – sinds maart 2018'],
      },
      {
        ...job('Verkoopster', 'Lingeriehuis Zoute', '2011-09', '2018-02', true, 'september 2011 – februari 2018', [
          'advies, pasbeurten en verkoop, in het seizoen ook badmode',
        ]),
        lines: ['Verkoopster', 'Lingeriehuis Zoute, Knokke-Heist – september 2011 – februari 2018'],
      },
      {
        ...job('Jobstudente bediening', 'Strandbar De Branding', '2008', '2011', false, 'zomers 2008 – 2011'),
        lines: ['Jobstudente bediening', 'Strandbar De Branding, Knokke-Heist – zomers 2008 – 2011'],
      },
    ],
    education: [
      edu(
        'bachelor',
        'Professionele bachelor Bedrijfsmanagement, afstudeerrichting KMO-management, KHBO, Brugge, 2008 – 2011',
        { field: 'Bedrijfsmanagement', institution: 'KHBO', startYear: 2008, endYear: 2011 },
      ),
      edu('secondary', 'KSO Mode (kunstsecundair onderwijs), Brugge, 2002 – 2008', {
        field: 'Mode',
        startYear: 2002,
        endYear: 2008,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('fr', 'C1', 'Frans – zeer goed'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'B1', 'Duits – redelijk (Duitse toeristen in de winkel)'),
    ],
    skills: ['Klantgericht', 'Ondernemend', 'Tactvol', 'Teamleader CRM'],
    clientBase: { activeAccounts: 110, annualRevenueEur: 1_800_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'entrepreneurship', 'tact_assertiveness'],
  },
  {
    id: 'nl-h37-20-naaister-monteur-verkoopadviseur-naaimachines-tilburg-geen-portefeuille',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Eenendertighonderd Twintig',
    email: 'twintig.k3720@example.com',
    phone: '06 13 72 94 58',
    contactLines: ['Tilburg'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleiding',
      courses: 'Cursussen',
      skills: 'Kwaliteiten',
      languages: 'Talen',
    },
    profile: [
      'Naaister van beroep, daarna monteur van industriële naaimachines en sinds 2015 verkoopadviseur in een ' +
        'naaicentrum. Ik verkoop naaimachines, overlockers en borduurmachines aan particulieren, geef workshops en ' +
        'doe het kleine onderhoud. Ik zoek een baan met meer techniek, of als adviseur bij een leverancier.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Verkoopadviseur naaimachines',
        'Naaicentrum De Spoel',
        '2015-08',
        null,
        true,
        'aug. 2015 – heden',
        [
          'Advies en verkoop aan particulieren, van een eerste naaimachine tot borduurmachines van € 6.000',
          'In 2025 ruim 380 machines verkocht',
          'Workshops voor beginners op zaterdag, klein onderhoud in de werkplaats',
        ],
        'Tilburg',
      ),
      job(
        'Monteur industriële naaimachines',
        'Confectietechniek Brabant',
        '2006-01',
        '2015-07',
        false,
        'jan. 2006 – jul. 2015',
        ['Onderhoud en reparatie bij confectieateliers en meubelstoffeerders in Brabant'],
        'Waalwijk',
      ),
      job(
        'Naaister',
        'Confectieatelier Piushaven',
        '1994-09',
        '2005-12',
        false,
        'sep. 1994 – dec. 2005',
        undefined,
        'Tilburg',
      ),
    ],
    education: [
      edu('mbo 2', 'MBO 2 Modeconfectie, Tilburg, 1992 – 1994', {
        field: 'Modeconfectie',
        startYear: 1992,
        endYear: 1994,
      }),
      edu('lower secondary', 'LHNO (Lager Huishoud- en Nijverheidsonderwijs), Tilburg, 1988 – 1992', {
        startYear: 1988,
        endYear: 1992,
      }),
    ],
    courses: [named('Servicemonteur huishoudnaaimachines', 'Servicemonteur huishoudnaaimachines (leverancier, 2016)')],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('ar', 'A2', 'Arabisch – basis'),
      lang('en', 'B1', 'Engels – redelijk'),
    ],
    languageBlocks: [
      {
        kind: 'bullets',
        items: ['Nederlands – moedertaal', 'Tarifit (Berbers) – thuistaal', 'Arabisch – basis', 'Engels – redelijk'],
      },
    ],
    skills: ['Klantgerichtheid', 'Communicatief', 'Geduldig met beginners', 'Technisch inzicht'],
    clientBase: null,
    competencies: ['communication', 'customer_focus'],
  },
  {
    id: 'nl-h37-21-starter-junior-accountmanager-binnendienst-feestartikelen-sittard',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Eenendertighonderd Eenentwintig',
    email: 'k3721.sittard@example.net',
    phone: '06-21 48 93 07',
    contactLines: ['Sittard'],
    afterContact: [{ kind: 'paragraph', text: 'Leeftijd: 22 · rijbewijs B' }],
    headings: {
      profile: 'Over mij',
      work: 'Werkervaring',
      education: 'Opleiding',
      skills: 'Wat ik goed kan',
      languages: 'Talen',
    },
    profile: [
      'Sinds oktober 2025 werk ik in mijn eerste baan na het mbo: junior accountmanager binnendienst bij de ' +
        'groothandel waar ik ook mijn afstudeerstage deed. Feestartikelen, carnaval en Halloween: ik bel, mail en app ' +
        'met winkels die in één maand hun halve jaaromzet draaien.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Junior accountmanager binnendienst',
          'Feestgroothandel Zuid B.V.',
          '2025-10',
          null,
          true,
          'okt. 2025 – heden',
          [
            'Eigen lijst van zo’n 140 feestwinkels, supermarkten en tuincentra in Limburg en Oost-Brabant, die ik ' +
              'bel, mail en op de beursdagen spreek',
            'Offertes, orders en nabestellingen in het carnavalsseizoen',
            'De webshop van de groothandel verwerkte in januari en februari 2026 ruim 11.000 bestellingen',
          ],
        ),
        lines: ['Feestgroothandel Zuid B.V. (Sittard) — Junior accountmanager binnendienst — okt. 2025 – heden'],
      },
    ],
    education: [
      edu(
        'mbo 4',
        'MBO 4 Junior accountmanager (BOL), Vista college, Sittard, 2021 – 2025 (afstudeerstage bij Feestgroothandel Zuid)',
        { field: 'Junior accountmanager', institution: 'Vista college', startYear: 2021, endYear: 2025 },
      ),
      edu('vmbo', 'VMBO-K Economie en ondernemen, Sittard, 2017 – 2021', {
        field: 'Economie en ondernemen',
        startYear: 2017,
        endYear: 2021,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('li', 'native', 'Limburgs (Zittesj) – moedertaal'),
      lang('de', 'B2', 'Duits – goed'),
      lang('en', 'B2', 'Engels – goed'),
    ],
    skills: ['Communicatief', 'Stressbestendig in het carnavalsseizoen', 'Excel en Exact'],
    closing: [
      { kind: 'heading', text: 'Naast mijn werk' },
      { kind: 'paragraph', text: 'Lid van de raad van elf van een carnavalsvereniging in Sittard (vrijwillig).' },
    ],
    clientBase: { activeAccounts: 140, segment: 'regional_smb' },
    competencies: ['communication', 'stress_resistance'],
  },
  {
    id: 'nl-h37-22-vlaamse-schrijnwerker-monteur-commercieel-afgevaardigde-verandas-wingene',
    format: 'pdf',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Eenendertighonderd Tweeëntwintig',
    nameLine: 'Kandidaat Eenendertighonderd Tweeëntwintig – curriculum vitae',
    email: 'k3722.veranda@example.org',
    phone: '0497 63 18 52',
    contactLines: ['8750 Wingene'],
    headings: {
      profile: 'Profiel',
      work: 'Loopbaan',
      education: 'Opleiding',
      skills: 'Vaardigheden',
      languages: 'Talen',
      workTable: ['Jaren', 'Werkgever', 'Job'],
    },
    profile: [
      'Schrijnwerker van opleiding, acht jaar monteur van veranda’s en sinds 2014 afgevaardigde bij de dealers die ' +
        'onze veranda’s en terrasoverkappingen aan de man brengen en plaatsen. Ik weet wat er op een werf misloopt en ' +
        'hoe je dat in de offerte al vermijdt.',
    ],
    jobStyle: 'table',
    jobs: [
      job(
        'Commercieel afgevaardigde dealers',
        'Verandabouw Houtland NV',
        '2014-04',
        null,
        true,
        'april 2014 – vandaag',
        [
          'een 45-tal vaste dealers (aannemers, schrijnwerkerijen en tuinaannemers) in West- en Oost-Vlaanderen en ' +
            'Henegouwen',
          'omzet via mijn dealers: ca. 3,6 miljoen euro in 2025',
          'de zaakvoerders van de dealers beslissen zelf welk merk ze aanbieden',
          'technische ondersteuning bij moeilijke werven; de fabriek levert zo’n 1.100 veranda’s per jaar',
        ],
      ),
      job('Verandamonteur', 'Verandabouw Houtland NV', '2006-02', '2014-03', false, 'februari 2006 – maart 2014', [
        'plaatsing bij particulieren in heel Vlaanderen, vanaf 2010 als ploegbaas',
      ]),
      job('Schrijnwerker', 'Schrijnwerkerij Ter Beke', '2000-09', '2006-01', false, 'september 2000 – januari 2006'),
    ],
    education: [
      edu('vocational', 'Leertijd schrijnwerker, Syntra West, Brugge, 1997 – 2000', {
        field: 'schrijnwerker',
        institution: 'Syntra West',
        startYear: 1997,
        endYear: 2000,
      }),
      edu('lower secondary', 'Getuigschrift tweede graad BSO Hout, Tielt, 1993 – 1997', {
        field: 'Hout',
        startYear: 1993,
        endYear: 1997,
      }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('fr', 'B2', 'Frans – goed (klanten in Henegouwen)'),
      lang('en', 'A2', 'Engels – basis'),
    ],
    skills: [
      'Technisch en commercieel sterk',
      'Onderhandelen over jaarcondities met dealers',
      'Werftekeningen en opmetingen',
      'Rijbewijs B en BE',
    ],
    clientBase: { activeAccounts: 45, annualRevenueEur: 3_600_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'sales'],
  },
  {
    id: 'nl-h37-23-stoffeerster-verkoopster-accountmanager-raamdecoratie-veendam',
    format: 'docx',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Eenendertighonderd Drieëntwintig',
    email: 'k3723.veendam@example.com',
    phone: '0598 62 84 15',
    contactLines: ['Veendam', 'Mobiel op aanvraag'],
    tagline: 'Accountmanager raamdecoratie en woninginrichting',
    headings: {
      contact: 'Personalia',
      profile: 'Profiel',
      work: 'Arbeidsverleden',
      education: 'Opleidingen',
      courses: 'Cursussen',
      skills: 'Kwaliteiten',
      languages: 'Talen',
    },
    profile: [
      'Ik werk al bijna veertig jaar met stoffen: eerst in een gordijnatelier, daarna in een woonwinkel en sinds 2008 ' +
        'als accountmanager van een groothandel in raamdecoratie. Mijn klanten zijn woninginrichters, stoffeerders en ' +
        'speciaalzaken in het noorden; velen ken ik al langer dan de groothandel ze kent.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Accountmanager woninginrichters',
        'Raamdecor Noord B.V.',
        '2008-06',
        null,
        true,
        'juni 2008 – heden',
        [
          'Een vaste kring van 75 woninginrichters, stoffeerders en raamdecoratiespeciaalzaken in Groningen, ' +
            'Friesland en Drenthe',
          'Omzet op mijn klanten in 2025: € 2,2 miljoen',
          'De eigenaren beslissen zelf wat er in hun showroom hangt; ik richt de stalen en etalages mee in',
          'Inmeten bij lastige projecten, zoals zorginstellingen en scholen',
        ],
        'Groningen',
      ),
      job(
        'Verkoopster woninginrichting',
        'Woonwinkel De Ploeg',
        '1995-03',
        '2008-05',
        true,
        'maart 1995 – mei 2008',
        ['Advies en verkoop van gordijnen, vloeren en zonwering, thuis inmeten'],
        'Veendam',
      ),
      job(
        'Naaister gordijnatelier',
        'Gordijnatelier Pekela',
        '1987-08',
        '1995-02',
        false,
        'augustus 1987 – februari 1995',
        undefined,
        'Oude Pekela',
      ),
    ],
    education: [
      edu('mbo 2', 'Primaire opleiding Stoffeerder (leerlingwezen), Groningen, 1984 – 1987', {
        field: 'Stoffeerder',
        startYear: 1984,
        endYear: 1987,
      }),
      edu('mavo', 'MAVO, Veendam, 1980 – 1984', { startYear: 1980, endYear: 1984 }),
    ],
    courses: [
      named('Kleuradvies voor het interieur', 'Kleuradvies voor het interieur (2012)'),
      named('Verkopen aan de vakhandel', 'Verkopen aan de vakhandel (2009)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('de', 'B1', 'Duits – redelijk'),
      lang('en', 'A2', 'Engels – basis'),
    ],
    skills: [
      'Relatiebeheer',
      'Creatief met kleur en stof',
      'Goed in plannen: routes, inmeetafspraken en leverdata',
      'Rijbewijs B',
    ],
    clientBase: { activeAccounts: 75, annualRevenueEur: 2_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['innovation', 'organisation', 'relationship_building'],
  },
  {
    id: 'nl-h37-24-rietdekker-voorman-veertig-jaar-staphorst-geen-verkoop',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Eenendertighonderd Vierentwintig',
    email: 'k3724.riet@example.net',
    phone: null,
    contactLines: ['Staphorst', 'Bereikbaar per e-mail, ’s avonds bel ik terug'],
    headings: {
      profile: 'Wie ben ik',
      work: 'Werk',
      education: 'School en vakopleiding',
      certifications: 'Diploma’s en certificaten',
      skills: 'Wat ik kan',
      languages: 'Talen',
    },
    profile: [
      'Veertig jaar rietdekker, waarvan ruim twintig als voorman. Mijn knieën willen niet meer elke dag het dak op. ' +
        'Ik zoek werk op de grond waarin mijn vakkennis telt: als werkvoorbereider, als inspecteur van rieten daken ' +
        'of in de opleiding van jonge rietdekkers. Verkoop- of offertewerk heb ik nooit gedaan; dat deed de baas.',
    ],
    jobStyle: 'inline',
    jobs: [
      job(
        'Voorman rietdekker',
        'Rietdekkersbedrijf De Wieden',
        '2005-03',
        null,
        false,
        'maart 2005 – heden',
        [
          'Ploeg van vier rietdekkers en een leerling; woningen, boerderijen en recreatiewoningen in Overijssel en ' +
            'Drenthe',
          'Opname van de klus en de materiaallijst; de offertes maakt de eigenaar',
        ],
        'Staphorst',
      ),
      job(
        'Rietdekker',
        'Rietdekkersbedrijf De Wieden',
        '1993-01',
        '2005-02',
        false,
        'januari 1993 – februari 2005',
        undefined,
        'Staphorst',
      ),
      job(
        'Leerling-rietdekker',
        'Rietdekkerij Reestdal',
        '1986-08',
        '1992-12',
        false,
        'augustus 1986 – december 1992',
        undefined,
        'De Wijk',
      ),
    ],
    education: [
      edu('lower secondary', 'LTS Bouw, Meppel, 1982 – 1986', { field: 'Bouw', startYear: 1982, endYear: 1986 }),
    ],
    courses: [],
    certifications: [
      named('Vakdiploma Rietdekker', 'Vakdiploma Rietdekker (1989)'),
      named('VCA Basis', 'VCA Basis (geldig tot 2027)'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands is mijn moedertaal'),
      lang('de', 'B1', 'Duits praat ik redelijk'),
      lang('en', 'A2', 'Engels een beetje'),
    ],
    languagesText: [
      'Nederlands is mijn moedertaal; thuis praten we Staphorster plat. Duits praat ik redelijk (veel Duitse klanten ' +
        'met een huisje in de Wieden), Engels een beetje.',
    ],
    skills: [
      'Teamspeler',
      'Coachen van leerlingen op het dak',
      'Plannen van het werk voor de ploeg',
      'Rijbewijs B en BE',
    ],
    clientBase: null,
    competencies: ['coaching', 'organisation', 'teamwork'],
  },
  {
    id: 'nl-h37-25-vlaamse-elektricien-servicetechnieker-adviseur-industriele-poorten-diest',
    format: 'pdf',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Eenendertighonderd Vijfentwintig',
    email: 'k3725.diest@example.com',
    phone: '0491 07 35 62',
    contactLines: ['3290 Diest'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleidingen',
      certifications: 'Attesten',
      skills: 'Competenties',
      languages: 'Talen',
    },
    profile: [
      'Elektricien, dan ruim acht jaar servicetechnieker en sinds 2020 adviseur: ik ken de poorten waarvoor ik ' +
        'offertes maak van binnen. Mijn klanten zijn bedrijven en aannemers in het Hageland en ver daarbuiten; bij ' +
        'een storing bellen ze mij nog altijd eerst.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Technisch-commercieel adviseur industriële poorten',
          'Poortwerk Hageland BV',
          '2020-09',
          null,
          true,
          'sinds september 2020',
          [
            'Een 90-tal bedrijven, KMO’s, logistieke centra en aannemers in Vlaams-Brabant, Limburg en de provincie ' +
              'Antwerpen',
            'Omzet op mijn klanten in 2025: ca. 2,9 miljoen euro, installaties en onderhoudscontracten samen',
            'De zaakvoerder of de technisch directeur beslist; ik maak de offerte en volg de plaatsing op',
          ],
        ),
        lines: ['Poortwerk Hageland BV (sinds september 2020): Technisch-commercieel adviseur industriële poorten'],
      },
      {
        ...job(
          'Servicetechnieker poorten',
          'Poortwerk Hageland BV',
          '2012-03',
          '2020-08',
          false,
          'maart 2012 – augustus 2020',
          ['Onderhoud, keuringen en herstellingen van sectionale poorten, snelroldeuren en laadkuilen'],
        ),
        lines: ['Poortwerk Hageland BV (maart 2012 – augustus 2020): Servicetechnieker poorten'],
      },
      {
        ...job('Elektricien', 'Elektro Demer', '2007-09', '2012-02', false, 'september 2007 – februari 2012'),
        lines: ['Elektro Demer, Scherpenheuvel (september 2007 – februari 2012): Elektricien'],
      },
    ],
    education: [
      edu('short-cycle tertiary', 'Graduaat Elektromechanische systemen (avondopleiding), UCLL, Diest, 2019 – 2022', {
        field: 'Elektromechanische systemen',
        institution: 'UCLL',
        startYear: 2019,
        endYear: 2022,
      }),
      edu('secondary', 'TSO Elektrische installatietechnieken, Diest, 2001 – 2007', {
        field: 'Elektrische installatietechnieken',
        startYear: 2001,
        endYear: 2007,
      }),
    ],
    courses: [],
    certifications: [
      named('BA4 (gewaarschuwd persoon)', 'BA4 (gewaarschuwd persoon)'),
      named('Attest keuring industriële poorten (EN 12453)', 'Attest keuring industriële poorten (EN 12453), 2021'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('fr', 'B2', 'Frans – goed'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'A2', 'Duits – basis'),
    ],
    skills: ['Analytisch bij storingen en offertes', 'Klantgericht', 'Proactief', 'VCA Basis (verlopen in 2019)'],
    clientBase: { activeAccounts: 90, annualRevenueEur: 2_900_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['analytical', 'customer_focus', 'initiative'],
  },
  {
    id: 'nl-h37-26-concierge-facilitair-adviseur-onderwijsinrichting-schoolmeubilair-nijmegen',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Eenendertighonderd Zesentwintig',
    nameLine: 'CV van Kandidaat Eenendertighonderd Zesentwintig',
    email: 'k3726.nijmegen@example.org',
    phone: '06 58 30 12 47',
    contactLines: ['Nijmegen'],
    headings: {
      profile: 'Profiel',
      work: 'Werkervaring',
      education: 'Opleidingen',
      skills: 'Kwaliteiten',
      languages: 'Talen',
    },
    profile: [
      'Van conciërge via facilitair coördinator naar adviseur onderwijsinrichting: ik heb bijna twintig jaar in ' +
        'scholen rondgelopen voordat ik ze ging inrichten. Ik weet wat een lokaal na tien jaar gebruik nodig heeft en ' +
        'wat een schoolbestuur wil uitgeven.',
    ],
    jobStyle: 'labelled',
    jobLabels: { period: 'Jaren', title: 'Functie', employer: 'Werkgever', duties: 'Kort gezegd' },
    jobs: [
      job(
        'Adviseur onderwijsinrichting',
        'Klasmeubel Nederland B.V.',
        '2019-01',
        null,
        true,
        'januari 2019 – heden',
        [
          '38 schoolbesturen met samen zo’n 240 scholen in Gelderland en Noord-Brabant',
          'omzet op mijn besturen in 2025: € 5,1 miljoen',
          'gesprekspartners: bestuurders en facilitair managers die over de inrichting beslissen',
          'inschrijvingen op aanbestedingen; ontwerp en uitvoering samen met onze binnenhuisarchitecten',
        ],
        'Nijmegen',
      ),
      job(
        'Facilitair coördinator',
        'Stichting Voortgezet Onderwijs Rijk van Nijmegen',
        '2011-02',
        '2018-12',
        false,
        'februari 2011 – december 2018',
        ['gebouwbeheer, inkoop van meubilair en schoonmaak voor zes scholen'],
        'Nijmegen',
      ),
      job(
        'Conciërge',
        'Stichting Voortgezet Onderwijs Rijk van Nijmegen',
        '2001-08',
        '2011-01',
        false,
        'augustus 2001 – januari 2011',
        undefined,
        'Nijmegen',
      ),
      job(
        'Magazijnmedewerker',
        'Bouwmarkt Dukenburg',
        '1993-06',
        '2001-07',
        false,
        'juni 1993 – juli 2001',
        undefined,
        'Nijmegen',
      ),
    ],
    education: [
      edu('mbo 4', 'MBO 4 Facilitaire dienstverlening (BBL), ROC Nijmegen, 2008 – 2011', {
        field: 'Facilitaire dienstverlening',
        institution: 'ROC Nijmegen',
        startYear: 2008,
        endYear: 2011,
      }),
      edu('lower secondary', 'LTS Metaal, Nijmegen, 1989 – 1993', { field: 'Metaal', startYear: 1989, endYear: 1993 }),
    ],
    courses: [],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('de', 'B2', 'Duits – goed (familie in Kleef)'),
      lang('en', 'B1', 'Engels – redelijk'),
    ],
    skills: ['Plannen en organiseren', 'Samenwerken', 'Onderhandelen bij aanbestedingen', 'Rijbewijs B'],
    clientBase: { activeAccounts: 38, annualRevenueEur: 5_100_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'organisation', 'teamwork'],
  },
];

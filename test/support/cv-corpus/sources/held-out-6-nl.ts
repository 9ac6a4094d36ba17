import { CvSource } from '../types';
import { edu, job, lang, named } from './helpers';

/**
 * The sixth held-out set's Dutch CVs (see test/fixtures/cvs/held-out-6/README.md):
 * fifteen account, key account and relationship managers in banking, insurance
 * and B2B, written without reading the reader. Two plain chronological CVs, the
 * newer Europass form, a LinkedIn export, a history told oldest first in prose,
 * work tables, a skills-first CV, employers in capitals above their roles, one
 * paragraph per job, dates in brackets at the end of the line, a long history
 * and a short one, care leave, parental leave, conscription, a board seat and
 * overlapping jobs.
 */
export const HELD_OUT_6_NL: CvSource[] = [
  {
    id: 'nl-h6-01-accountmanager-autolease-chronologisch',
    format: 'pdf',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Eenentachtig',
    email: 'kandidaat.eenentachtig@example.com',
    phone: '06 2418 7735',
    contactLines: ['Barendrecht', 'Rijbewijs B'],
    profile: [
      'Accountmanager zakelijke autolease. Bij FleetLine Lease, met een jaaromzet van ruim € 310 miljoen een ' +
        'van de middelgrote leasemaatschappijen van Nederland, beheer ik 48 zakelijke klanten in ' +
        'Rotterdam-Rijnmond, de Drechtsteden en de Hoeksche Waard. Samen rijden zij ruim 1.100 leaseauto’s en ' +
        'zijn zij goed voor € 9,6 miljoen leaseomzet per jaar.',
    ],
    jobStyle: 'stacked',
    jobs: [
      job(
        'Accountmanager Zakelijke Markt',
        'FleetLine Lease Nederland B.V.',
        '2019-04',
        null,
        true,
        'apr 2019 - heden',
        [
          'Beheer en uitbouw van een portefeuille van 48 zakelijke klanten (10 tot 250 auto’s per klant)',
          'Raamcontracten, tariefafspraken en contractverlengingen met fleetmanagers en inkopers',
          'Omzet van mijn portefeuille in 2025: € 9,6 miljoen',
          '9 nieuwe klanten binnengehaald in 2025, vooral in de bouw en de installatietechniek',
        ],
        'Rotterdam',
      ),
      job(
        'Verkoopadviseur zakelijke markt',
        'Autobedrijf Van der Werf',
        '2015-08',
        '2019-03',
        true,
        'aug 2015 - mrt 2019',
        [
          'Verkoop van bedrijfswagens en personenauto’s aan ondernemers in de Drechtsteden',
          'Opstellen van lease- en financieringsvoorstellen met de leasemaatschappijen',
        ],
        'Dordrecht',
      ),
      job(
        'Medewerker wagenparkbeheer',
        'Autolease Rijnmond',
        '2012-09',
        '2015-07',
        false,
        'sep 2012 - jul 2015',
        ['Bestellen, uitleveren en innemen van leaseauto’s; contact met dealers en berijders'],
        'Barendrecht',
      ),
    ],
    education: [
      edu('hbo', 'HBO Bedrijfseconomie, Hogeschool Rotterdam, 2008 - 2012', {
        field: 'Bedrijfseconomie',
        institution: 'Hogeschool Rotterdam',
        startYear: 2008,
        endYear: 2012,
      }),
      edu('havo', 'Havo, Insula College, Dordrecht, 2003 - 2008', {
        institution: 'Insula College',
        startYear: 2003,
        endYear: 2008,
      }),
    ],
    courses: [
      named('Onderhandelen voor accountmanagers', 'Onderhandelen voor accountmanagers (Schouten & Nelissen, 2020)'),
      named('Fiscaliteit van de zakelijke auto', 'Fiscaliteit van de zakelijke auto (2022)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'B1', 'Duits – redelijk'),
    ],
    skills: ['Klantgericht', 'Commercieel', 'Resultaatgericht', 'Onderhandelen'],
    clientBase: { activeAccounts: 48, annualRevenueEur: 9_600_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus', 'negotiation', 'sales'],
  },
  {
    id: 'nl-h6-02-key-accountmanager-ingredienten-werkgevers',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Tweeëntachtig',
    email: 'k.tweeentachtig@example.net',
    phone: '+31 6 1120 5589',
    contactLines: ['Bennekom'],
    headings: {
      profile: 'Persoonlijk profiel',
      education: 'Opleidingen',
      courses: 'Trainingen',
      skills: 'Vaardigheden',
    },
    profile: [
      'Key accountmanager in voedingsingrediënten met een technische achtergrond in de levensmiddelentechnologie. ' +
        'Ik ben verantwoordelijk voor 11 key accounts – zuivel- en vleesverwerkers in Nederland, Duitsland en ' +
        'Denemarken – met samen een afzet van ca. 4.800 ton en een omzet van € 14,5 miljoen in 2025. De ' +
        'jaarcontracten onderhandel ik met hun inkoopmanagers.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Key Account Manager Dairy & Meat',
          'NORDIA INGREDIENTS B.V.',
          '2021-12',
          null,
          true,
          '12.2021 – heden',
          [
            '11 key accounts in Nederland, Duitsland en Denemarken; jaarcontracten en prijsafspraken',
            'Omzet 2025: € 14,5 miljoen (2021: € 9,8 miljoen)',
            'Introductie van een clean-label zetmeel bij drie accounts, met ons applicatielab',
          ],
        ),
        lines: ['NORDIA INGREDIENTS B.V., Ede', 'Key Account Manager Dairy & Meat', '12.2021 – heden'],
      },
      {
        ...job('Account Manager Benelux', 'NORDIA INGREDIENTS B.V.', '2019-03', '2021-11', true, '3.2019 – 11.2021', [
          'Eigen klantenkring van 35 middelgrote voedingsmiddelenproducenten in Nederland en België',
        ]),
        lines: ['Account Manager Benelux', '3.2019 – 11.2021'],
      },
      {
        ...job(
          'Technisch commercieel adviseur',
          'VAN LEEUWEN SMAAKSTOFFEN',
          '2015-09',
          '2019-02',
          true,
          '9.2015 – 2.2019',
          [
            'Advies en verkoop van smaakstoffen en aroma’s aan zuivel- en vleeswarenproducenten',
            'Eigen klantenkring van ongeveer 40 bedrijven in Midden- en Oost-Nederland',
          ],
        ),
        lines: ['VAN LEEUWEN SMAAKSTOFFEN, Barneveld', 'Technisch commercieel adviseur', '9.2015 – 2.2019'],
      },
      {
        ...job('Productontwikkelaar', 'VAN LEEUWEN SMAAKSTOFFEN', '2013-01', '2015-08', false, '1.2013 – 8.2015', [
          'Ontwikkeling van smaakcombinaties voor vleeswaren en snacks',
        ]),
        lines: ['Productontwikkelaar', '1.2013 – 8.2015'],
      },
      {
        ...job(
          'Kwaliteitsmedewerker laboratorium',
          'ZUIVELCOÖPERATIE NOORDVELD',
          '2011-09',
          '2012-12',
          false,
          '9.2011 – 12.2012',
        ),
        lines: ['ZUIVELCOÖPERATIE NOORDVELD, Leeuwarden', 'Kwaliteitsmedewerker laboratorium', '9.2011 – 12.2012'],
      },
    ],
    education: [
      edu('msc', 'MSc Food Technology, Wageningen University, 2009 – 2011', {
        field: 'Food Technology',
        institution: 'Wageningen University',
        startYear: 2009,
        endYear: 2011,
      }),
      edu('bsc', 'BSc Voedingsmiddelentechnologie, Hogeschool Van Hall Larenstein, Leeuwarden, 2005 – 2009', {
        field: 'Voedingsmiddelentechnologie',
        institution: 'Hogeschool Van Hall Larenstein',
        startYear: 2005,
        endYear: 2009,
      }),
    ],
    courses: [
      named('Verkooppsychologie', 'Verkooppsychologie – Krauthammer (2019)'),
      named(
        'Interculturele communicatie: zakendoen met Duitsland',
        'Interculturele communicatie: zakendoen met Duitsland (2020)',
      ),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – C1'),
      lang('de', 'C1', 'Duits – C1'),
      lang('da', 'A2', 'Deens – A2'),
    ],
    skills: ['Technisch inzicht', 'Onderhandelingsvaardig', 'Analytisch', 'Teamspeler'],
    clientBase: { activeAccounts: 11, annualRevenueEur: 14_500_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'negotiation', 'teamwork'],
  },
  {
    id: 'nl-h6-03-europass-relatiemanager-mkb',
    format: 'docx',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Drieëntachtig',
    email: 'drieentachtig.kandidaat@example.org',
    phone: '(+31) 6 2845 1190',
    contactLines: [
      'Adres: Noorderstraat 21, 7811 HB, Emmen, Nederland (Thuis)',
      'Nationaliteit: Nederlandse | Geboortedatum: 14/06/1986 | Geslacht: Vrouwelijk',
    ],
    headings: {
      profile: 'OVER MIJZELF',
      work: 'WERKERVARING',
      education: 'ONDERWIJS EN OPLEIDING',
      certifications: 'CERTIFICATEN',
      languages: 'TAALVAARDIGHEDEN',
      skills: 'COMMUNICATIEVE EN INTERPERSOONLIJKE VAARDIGHEDEN',
    },
    profile: [
      'Relatiemanager mkb bij een regionale bank in Zuidoost-Drenthe. Ik beheer een portefeuille van 130 ' +
        'ondernemers in Drenthe en de Veenkoloniën – vooral familiebedrijven in de maakindustrie, de agrarische ' +
        'sector en de detailhandel – met een kredietportefeuille van € 95 miljoen. Mijn gesprekspartners zijn de ' +
        'eigenaren en hun financieel adviseurs.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('RELATIEMANAGER MKB', 'HONDSRUG BANK N.V.', '2020-09', null, true, '01/09/2020 – HUIDIG', [
          'Beheer van 130 zakelijke relaties met een kredietportefeuille van € 95 miljoen',
          'Jaargesprekken, kredietaanvragen, bedrijfsovernames en opvolgingsvraagstukken',
          'Actief in de ondernemersverenigingen van Emmen en Coevorden',
        ]),
        lines: ['01/09/2020 – HUIDIG  Emmen, Nederland', 'RELATIEMANAGER MKB – HONDSRUG BANK N.V.'],
      },
      {
        ...job(
          'KREDIETANALIST ZAKELIJK',
          'HONDSRUG BANK N.V.',
          '2016-02',
          '2020-08',
          false,
          '01/02/2016 – 31/08/2020',
          ['Beoordelen van kredietaanvragen tot € 5 miljoen', 'Jaarrekeninganalyse en kasstroomprognoses'],
        ),
        lines: ['01/02/2016 – 31/08/2020  Emmen, Nederland', 'KREDIETANALIST ZAKELIJK – HONDSRUG BANK N.V.'],
      },
      {
        ...job(
          'FINANCIEEL ADVISEUR PARTICULIEREN',
          'HYPOTHEEKHUIS DRENTHE',
          '2013-07',
          '2016-01',
          true,
          '01/07/2013 – 31/01/2016',
          [
            'Advies en verkoop van hypotheken, verzekeringen en spaarproducten aan particulieren',
            'Gemiddeld 90 hypotheekadviezen per jaar',
          ],
        ),
        lines: [
          '01/07/2013 – 31/01/2016  Assen, Nederland',
          'FINANCIEEL ADVISEUR PARTICULIEREN – HYPOTHEEKHUIS DRENTHE',
        ],
      },
    ],
    education: [
      edu(
        'msc',
        '01/09/2011 – 31/08/2012  Groningen, Nederland  MASTER OF SCIENCE (MSC) BEDRIJFSKUNDE, FINANCE – ' +
          'Rijksuniversiteit Groningen  EQF-niveau 7',
        { field: 'Bedrijfskunde', institution: 'Rijksuniversiteit Groningen', startYear: 2011, endYear: 2012 },
      ),
      edu(
        'bachelor',
        '01/09/2008 – 31/08/2011  Groningen, Nederland  BACHELOR ECONOMIE EN BEDRIJFSKUNDE – ' +
          'Rijksuniversiteit Groningen  EQF-niveau 6',
        {
          field: 'Economie en Bedrijfskunde',
          institution: 'Rijksuniversiteit Groningen',
          startYear: 2008,
          endYear: 2011,
        },
      ),
    ],
    courses: [],
    certifications: [
      named('Wft Basis', 'Wft Basis (2013)'),
      named('Wft Hypothecair Krediet', 'Wft Hypothecair Krediet (2014)'),
    ],
    languages: [lang('nl', 'native', 'NEDERLANDS'), lang('en', 'C1', 'ENGELS'), lang('de', 'B1', 'DUITS')],
    languageBlocks: [
      { kind: 'paragraph', text: 'Moedertaal/-talen: NEDERLANDS' },
      { kind: 'paragraph', text: 'Andere taal/talen:' },
      {
        kind: 'table',
        header: ['', 'Luisteren', 'Lezen', 'Gesproken productie', 'Gesproken interactie', 'Schrijven'],
        rows: [
          ['ENGELS', 'C1', 'C1', 'B2', 'C1', 'B2'],
          ['DUITS', 'B1', 'B2', 'B1', 'B1', 'A2'],
        ],
      },
      {
        kind: 'paragraph',
        text: 'Niveaus: A1 en A2: basisgebruiker; B1 en B2: onafhankelijke gebruiker; C1 en C2: vaardige gebruiker',
      },
    ],
    skills: [
      'Goede communicatieve vaardigheden, opgedaan in tien jaar klantcontact aan de balie en aan de keukentafel',
      'Netwerken: lid van de ondernemersvereniging en van de Rotary in Emmen',
    ],
    closing: [
      { kind: 'heading', text: 'DIGITALE VAARDIGHEDEN' },
      { kind: 'paragraph', text: 'Microsoft Office (Excel gevorderd) | CRM (Salesforce) | Kredietsystemen' },
      { kind: 'heading', text: 'RIJBEWIJS' },
      { kind: 'paragraph', text: 'Rijbewijs: B' },
    ],
    clientBase: { activeAccounts: 130, segment: 'regional_smb', decisionMakers: true },
    competencies: ['relationship_building'],
  },
  {
    id: 'nl-h6-04-linkedin-accountmanager-intermediair',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Vierentachtig',
    email: 'vierentachtig.k@example.com',
    phone: '06 5092 3318',
    contactLines: ['www.linkedin.com/in/kandidaat-vierentachtig-4b2a91 (LinkedIn)'],
    tagline: 'Senior Accountmanager Intermediair bij Zilverstroom Verzekeringen | Schade zakelijk | Volmachten',
    afterContact: [{ kind: 'paragraph', text: 'Amersfoort, Utrecht, Nederland' }],
    headings: {
      contact: 'Contactgegevens',
      skills: 'Belangrijkste vaardigheden',
      languages: 'Talen',
      certifications: 'Certificeringen',
      profile: 'Samenvatting',
      work: 'Ervaring',
      education: 'Opleiding',
    },
    profile: [
      'Ik ben accountmanager voor het intermediair: de schakel tussen Zilverstroom en de assurantiekantoren en ' +
        'volmachten die onze zakelijke schadeverzekeringen verkopen. Mijn portefeuille bestaat uit 95 kantoren in ' +
        'Utrecht, Gelderland en Flevoland, met samen ruim € 21 miljoen premie per jaar. Ik spreek vooral met de ' +
        'eigenaren en directeuren van die kantoren.',
      'Daarvoor was ik zelf adviseur op een assurantiekantoor, dus ik weet wat er aan de andere kant van de ' +
        'telefoon gebeurt.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Senior Accountmanager Intermediair',
          'Zilverstroom Verzekeringen',
          '2023-01',
          null,
          true,
          'januari 2023 - heden (3 jaar 11 maanden)',
        ),
        lines: [
          'Zilverstroom Verzekeringen',
          '7 jaar 3 maanden',
          'Senior Accountmanager Intermediair',
          'januari 2023 - heden (3 jaar 11 maanden)',
          'Amersfoort, Utrecht, Nederland',
          '95 assurantiekantoren en volmachten; jaarplannen, productiegesprekken en acceptatieoverleg bij grotere risico’s.',
        ],
      },
      {
        ...job(
          'Accountmanager Intermediair',
          'Zilverstroom Verzekeringen',
          '2020-05',
          '2022-12',
          true,
          'mei 2020 - december 2022 (2 jaar 8 maanden)',
        ),
        lines: [
          'Accountmanager Intermediair',
          'mei 2020 - december 2022 (2 jaar 8 maanden)',
          'Regio Gelderland en Flevoland',
        ],
      },
      {
        ...job(
          'Binnendienst Accountmanager',
          'Zilverstroom Verzekeringen',
          '2019-09',
          '2020-04',
          true,
          'september 2019 - april 2020 (8 maanden)',
        ),
        lines: ['Binnendienst Accountmanager', 'september 2019 - april 2020 (8 maanden)', 'Amersfoort'],
      },
      {
        ...job(
          'Adviseur schade particulier',
          'Assurantiekantoor Brinkman & Zn.',
          '2016-02',
          '2019-08',
          true,
          'februari 2016 - augustus 2019 (3 jaar 7 maanden)',
        ),
        lines: [
          'Assurantiekantoor Brinkman & Zn.',
          'Adviseur schade particulier',
          'februari 2016 - augustus 2019 (3 jaar 7 maanden)',
          'Barneveld',
          'Advies en verkoop van schade- en inkomensverzekeringen aan particulieren.',
        ],
      },
      {
        ...job(
          'Medewerker Belastingen',
          'Gemeente Amersfoort',
          '2014-07',
          '2016-01',
          false,
          'juli 2014 - januari 2016 (1 jaar 7 maanden)',
        ),
        lines: [
          'Gemeente Amersfoort',
          'Medewerker Belastingen',
          'juli 2014 - januari 2016 (1 jaar 7 maanden)',
          'Amersfoort',
        ],
      },
    ],
    education: [
      edu('bba', 'Hogeschool Utrecht\nBachelor of Business Administration - BBA, Finance & Control · (2010 - 2014)', {
        field: 'Finance & Control',
        institution: 'Hogeschool Utrecht',
        startYear: 2010,
        endYear: 2014,
      }),
      edu('havo', 'Eemland College\nHavo, Economie & Maatschappij · (2005 - 2010)', {
        institution: 'Eemland College',
        startYear: 2005,
        endYear: 2010,
      }),
    ],
    courses: [],
    certifications: [
      named('Wft Schadeverzekeringen Zakelijk'),
      named('Wft Schadeverzekeringen Particulier'),
      named('Wft Basis'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands (Moedertaal of tweetalig)'),
      lang('en', 'B2', 'Engels (Professionele werkvaardigheid)'),
      lang('fr', 'A2', 'Frans (Elementaire vaardigheid)'),
    ],
    skills: ['Intermediaire distributie', 'Schadeverzekeringen', 'Relatiebeheer'],
    clientBase: { activeAccounts: 95, annualRevenueEur: 21_000_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['relationship_building'],
  },
  {
    id: 'nl-h6-05-relatiemanager-agri-verhalend',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Vijfentachtig',
    email: 'vijfentachtig@example.net',
    phone: '077 398 2214',
    contactLines: ['Horst (Limburg)'],
    headings: {
      profile: 'Over mij',
      work: 'Hoe mijn loopbaan verliep',
      skills: 'Wat anderen over mij zeggen',
      certifications: 'Diploma’s en certificaten',
    },
    profile: [
      'Ik ben 41, woon met mijn gezin in Horst en werk al bijna twintig jaar met agrarische ondernemers: eerst ' +
        'als adviseur, sinds 2014 bij de bank. Ik zoek een nieuwe stap als senior relatiemanager food & agri, het ' +
        'liefst in Zuidoost-Nederland.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'bedrijfsadviseur',
          'Agrivisie Advies',
          '2007',
          '2011',
          false,
          'begon ik in 2007 als bedrijfsadviseur bij Agrivisie Advies in Venlo. Vier jaar lang adviseerde ik ' +
            'varkens- en pluimveehouders in Noord-Limburg over bedrijfsvoering, mestafzet en vergunningen, tot ik ' +
            'in 2011',
        ),
        lines: [
          'Na mijn studie begon ik in 2007 als bedrijfsadviseur bij Agrivisie Advies in Venlo. Vier jaar lang ' +
            'adviseerde ik varkens- en pluimveehouders in Noord-Limburg over bedrijfsvoering, mestafzet en ' +
            'vergunningen, tot ik in 2011 binnen het bureau doorschoof.',
        ],
      },
      {
        ...job(
          'teamleider adviesgroep intensieve veehouderij',
          'Agrivisie Advies',
          '2011',
          '2014',
          false,
          'Van 2011 tot de zomer van 2014',
        ),
        lines: [
          'Van 2011 tot de zomer van 2014 was ik teamleider adviesgroep intensieve veehouderij: zes adviseurs, ' +
            'een paar honderd klanten en heel veel keukentafelgesprekken.',
        ],
      },
      {
        ...job(
          'accountmanager agrarisch',
          'Peelland Bank',
          '2014-09',
          '2018',
          true,
          'In september 2014 stapte ik over naar de bank. Bij Peelland Bank in Venray werd ik accountmanager ' +
            'agrarisch en bouwde ik tot eind 2018',
        ),
        lines: [
          'In september 2014 stapte ik over naar de bank. Bij Peelland Bank in Venray werd ik accountmanager ' +
            'agrarisch en bouwde ik tot eind 2018 een eigen portefeuille op van zo’n 70 melkvee- en ' +
            'akkerbouwbedrijven in de Peel.',
        ],
      },
      {
        ...job('senior relatiemanager food & agri', 'Maasland Bank', '2019-01', null, true, 'Sinds januari 2019'),
        lines: [
          'Sinds januari 2019 ben ik senior relatiemanager food & agri bij Maasland Bank in Horst. Ik ben ' +
            'verantwoordelijk voor 42 grotere agrarische en agrifoodbedrijven in Noord-Limburg en Oost-Brabant – ' +
            'glastuinbouw, varkenshouderij, twee voerleveranciers en een champignonkwekerij – met samen een ' +
            'kredietportefeuille van ongeveer € 260 miljoen. Ik zit aan tafel met de eigenaren, vaak twee ' +
            'generaties tegelijk, en met hun accountants.',
        ],
      },
    ],
    afterJobs: [
      {
        kind: 'paragraph',
        text:
          'Naast mijn werk ben ik sinds 2020 voorzitter van de Stichting Agrarisch Jongerencontact Horst aan de ' +
          'Maas (onbezoldigd) en help ik jonge boeren met hun eerste ondernemingsplan.',
      },
    ],
    education: [
      edu('hbo', 'Hbo Bedrijfskunde en Agribusiness aan HAS Hogeschool in ’s-Hertogenbosch (2003 – 2007).', {
        field: 'Bedrijfskunde en Agribusiness',
        institution: 'HAS Hogeschool',
        startYear: 2003,
        endYear: 2007,
      }),
      edu('havo', 'Daarvoor haalde ik mijn havodiploma aan het Dendron College in Horst (2003).', {
        institution: 'Dendron College',
        endYear: 2003,
      }),
    ],
    courses: [
      named('Agrarisch ondernemen en financiering', 'Leergang Agrarisch ondernemen en financiering (2015)'),
      named('Bedrijfsoverdracht in de land- en tuinbouw', 'Bedrijfsoverdracht in de land- en tuinbouw (2021)'),
    ],
    certifications: [named('Wft Basis', 'Wft Basis (2014)')],
    languages: [lang('nl', 'native', ''), lang('de', 'C1', ''), lang('en', 'B2', '')],
    languagesText: [
      'Nederlands is mijn moedertaal. Duits spreek ik vloeiend: veel van mijn klanten doen zaken met Duitsland ' +
        'en ik lees de Duitse vakbladen. Mijn Engels is goed. Een paar woorden Pools heb ik opgepikt van de ' +
        'medewerkers op de bedrijven, maar dat noem ik geen talenkennis.',
    ],
    skills: [
      '“Hij rekent eerst en praat daarna” – een klant',
      'Financieel inzicht, ook bij ingewikkelde familiestructuren',
      'Netwerken in de regio: ik ken de loonwerkers, de dierenartsen en de accountants',
    ],
    clientBase: { activeAccounts: 42, segment: 'regional_smb', decisionMakers: true },
    competencies: ['financial_analysis', 'relationship_building'],
  },
  {
    id: 'nl-h6-06-accountmanager-facilitair-functioneel',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Zesentachtig',
    email: 'k-zesentachtig@example.org',
    phone: '06 3187 4402',
    contactLines: ['Leiden'],
    afterContact: [
      { kind: 'heading', text: 'Profiel' },
      {
        kind: 'paragraph',
        text:
          'Accountmanager in de facilitaire dienstverlening met een operationele achtergrond: ik heb zelf ' +
          'schoonmaakploegen aangestuurd voordat ik contracten ging binnenhalen. Ik beheer 23 opdrachtgevers in ' +
          'Haaglanden en de Leidse regio – kantoren, scholen en zorginstellingen – met een contractwaarde van ' +
          'samen € 6,2 miljoen per jaar. Mijn gesprekspartners zijn facilitair managers en inkoopmanagers.',
      },
      { kind: 'heading', text: 'Wat ik meebreng' },
      {
        kind: 'bullets',
        items: [
          'Onderhandelen: meerjarige schoonmaak- en cateringcontracten, inclusief indexering en boeteclausules',
          'Relatiebeheer: 21 van de 23 opdrachtgevers verlengden hun contract bij de laatste aanbesteding',
          'Aanbestedingen: twaalf Europese aanbestedingen geschreven, zeven gewonnen',
          'Operationele kennis: ik reken een objectbegroting zelf door en weet wat een ploeg op een avond haalt',
          'Stressbestendig: de laatste week voor een inschrijving is altijd kort',
        ],
      },
      { kind: 'heading', text: 'Resultaten' },
      {
        kind: 'bullets',
        items: [
          'Contractwaarde van mijn portefeuille gegroeid van € 4,1 miljoen (2021) naar € 6,2 miljoen (2025)',
          'Grootste nieuwe opdrachtgever: een ziekenhuis met vijf locaties (2023)',
        ],
      },
    ],
    headings: { work: 'Loopbaan in vogelvlucht', certifications: 'Certificaten' },
    profile: [],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Accountmanager Facility Services', 'Duinstreek Facilitair B.V.', '2021', null, true, 'sinds 2021'),
        lines: ['Accountmanager Facility Services, Duinstreek Facilitair B.V., Leiden – sinds 2021'],
      },
      {
        ...job('Accountmanager', 'CleanPro Zuid-Holland', '2016', '2021', true, '2016 tot 2021'),
        lines: ['Accountmanager, CleanPro Zuid-Holland, Den Haag – 2016 tot 2021'],
      },
      {
        ...job('Operationeel manager', 'CleanPro Zuid-Holland', '2012', '2016', false, '2012 tot 2016'),
        lines: ['Operationeel manager, CleanPro Zuid-Holland – 2012 tot 2016'],
      },
      {
        ...job('Objectleider schoonmaak', 'Reinigingsbedrijf Duinrand', '2008', '2012', false, '2008 tot 2012'),
        lines: ['Objectleider schoonmaak, Reinigingsbedrijf Duinrand, Katwijk – 2008 tot 2012'],
      },
    ],
    education: [
      edu('hbo', 'Hbo Facility Management (deeltijd), Hogeschool Inholland, Den Haag, 2013 – 2017', {
        field: 'Facility Management',
        institution: 'Hogeschool Inholland',
        startYear: 2013,
        endYear: 2017,
      }),
      edu('mbo 4', 'MBO Facilitair Leidinggevende, niveau 4, ROC Leiden (2004 – 2008)', {
        field: 'Facilitair Leidinggevende',
        institution: 'ROC Leiden',
        startYear: 2004,
        endYear: 2008,
      }),
    ],
    courses: [
      named('Basisvakdiploma Schoonmaak', 'Basisvakdiploma Schoonmaak (2008)'),
      named('Tenderschrijven', 'Tenderschrijven, Tender Academy (2019)'),
    ],
    certifications: [named('Lean Six Sigma Yellow Belt', 'Lean Six Sigma Yellow Belt (2019)')],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('en', 'B2', 'Engels: goed'),
      lang('de', 'A2', 'Duits: basis'),
    ],
    skills: [],
    closing: [
      { kind: 'heading', text: 'In opleiding' },
      {
        kind: 'paragraph',
        text: 'Lean Six Sigma Green Belt: de training loopt, het verbeterproject rond ik af in februari 2027.',
      },
    ],
    clientBase: { activeAccounts: 23, annualRevenueEur: 6_200_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['negotiation', 'relationship_building', 'stress_resistance'],
  },
  {
    id: 'nl-h6-07-key-accountmanager-bouw-data-achteraan',
    format: 'docx',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Zevenentachtig',
    email: 'zevenentachtig.k@example.com',
    phone: '+31 (0)6 4471 0936',
    contactLines: ['Breda', 'Rijbewijs B/BE'],
    tagline: 'Key Account Manager bouw & infra',
    headings: {
      contact: 'Personalia',
      education: 'Opleidingen',
      languages: 'Talen',
      certifications: 'Certificaten',
    },
    profile: [
      'Sinds begin 2024 beheer ik bij BrabantSteen de landelijke bouwers: 8 bouwgroepen en bouwcombinaties die ' +
        'in heel Nederland woningbouwprojecten uitvoeren, samen goed voor € 17 miljoen omzet in 2025. De ' +
        'raamafspraken maak ik met hun directeuren inkoop. Daarvoor bediende ik vijf jaar lang 60 middelgrote ' +
        'aannemers in West- en Midden-Brabant.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Key Account Manager Landelijke Bouwers',
          'BrabantSteen B.V.',
          '2024-01',
          null,
          true,
          'januari 2024 – heden',
          [
            'Raamcontracten en projectafspraken met 8 landelijke bouwgroepen',
            'Onderhandelen over prijs, logistiek en duurzaamheidseisen (CO2-arme kalkzandsteen)',
            'Afstemming met planning en productie bij grote projecten',
          ],
        ),
        lines: ['Key Account Manager Landelijke Bouwers bij BrabantSteen B.V., Oosterhout (januari 2024 – heden)'],
      },
      {
        ...job(
          'Accountmanager Aannemers',
          'BrabantSteen B.V.',
          '2018-08',
          '2023-12',
          true,
          'augustus 2018 – december 2023',
          ['Eigen portefeuille van 60 aannemers in West- en Midden-Brabant', 'Jaaromzet portefeuille ca. € 7 miljoen'],
        ),
        lines: ['Accountmanager Aannemers bij BrabantSteen B.V. (augustus 2018 – december 2023)'],
      },
      {
        ...job('Werkvoorbereider', 'Bouwbedrijf Van Gorp', '2013', '2018', false, '2013 – 2018', [
          'Werkvoorbereiding en inkoop voor woningbouwprojecten tot 40 woningen',
        ]),
        lines: ['Werkvoorbereider bij Bouwbedrijf Van Gorp, Rijen (2013 – 2018)'],
      },
      {
        ...job('Stagiair uitvoering', 'Bouwcombinatie Markdal', '2012-02', '2012-06', false, 'februari – juni 2012'),
        lines: ['Stagiair uitvoering bij Bouwcombinatie Markdal, Breda (februari – juni 2012)'],
      },
    ],
    education: [
      edu('hbo', 'Bachelor Bouwkunde (hbo), Avans Hogeschool, Tilburg, 2009 – 2013', {
        field: 'Bouwkunde',
        institution: 'Avans Hogeschool',
        startYear: 2009,
        endYear: 2013,
      }),
      edu('mbo 4', 'MBO Bouwkunde niveau 4, ROC West-Brabant, Etten-Leur, 2005 – 2009', {
        field: 'Bouwkunde',
        institution: 'ROC West-Brabant',
        startYear: 2005,
        endYear: 2009,
      }),
    ],
    courses: [
      named('Key Account Management in de bouw', 'Key Account Management in de bouw – Bouwend Nederland (2024)'),
    ],
    certifications: [named('VCA-VOL', 'VCA-VOL (geldig t/m 2028)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'B2', 'Engels – goed'),
      lang('de', 'A2', 'Duits – basis'),
    ],
    skills: ['Onderhandelen', 'Technisch inzicht', 'Resultaatgericht', 'Plannen en organiseren'],
    clientBase: { activeAccounts: 8, annualRevenueEur: 17_000_000, segment: 'national', decisionMakers: true },
    competencies: ['negotiation', 'organisation'],
  },
  {
    id: 'nl-h6-08-accountmanager-saas-mantelzorg-overlap',
    format: 'pdf',
    language: 'nl',
    layout: 'two-column',
    name: 'Kandidaat Achtentachtig',
    email: 'kandidaat88@example.net',
    phone: '06 2299 8134',
    contactLines: ['Nieuwegein', 'linkedin.com/in/kandidaat-achtentachtig'],
    headings: {
      profile: 'Over mij',
      work: 'Ervaring',
      skills: 'Vaardigheden',
      certifications: 'Certificaten',
    },
    profile: [
      'Accountmanager SaaS voor zorg en kinderopvang. Ik beheer 64 klantorganisaties in heel Nederland – van ' +
        'een kinderopvang met vijf vestigingen tot een zorggroep met 3.000 medewerkers – met een jaarlijks ' +
        'terugkerende omzet (ARR) van € 1,3 miljoen. Mijn gesprekspartners zijn HR-directeuren en bestuurders.',
      'Eerder combineerde ik mijn werk een paar jaar met lesgeven op het mbo, en heb ik anderhalf jaar voor mijn ' +
        'vader gezorgd.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job('Accountmanager', 'PersoneelsPlanner Software B.V.', '2020-09', null, true, '09/2020 – nu', [
          'Verlengingen en uitbreidingen bij 64 bestaande klanten',
          'Nieuwe klanten: 14 in 2025, via events en implementatiepartners',
        ]),
        lines: ['Accountmanager', 'PersoneelsPlanner Software B.V., Utrecht  |  09/2020 – nu'],
      },
      {
        ...job(
          'Docent commerciële vakken (0,4 fte)',
          'ROC Midden Nederland',
          '2019-03',
          '2022-07',
          false,
          '03/2019 – 07/2022',
          [
            'Lessen verkoop en klantcontact voor mbo-4-studenten',
            'Vanaf september 2020 naast mijn baan bij PersoneelsPlanner',
          ],
        ),
        lines: ['Docent commerciële vakken (0,4 fte)', 'ROC Midden Nederland, Nieuwegein  |  03/2019 – 07/2022'],
      },
      {
        ...job('Inside Sales Medewerker', 'Roosterwijs B.V.', '2016-03', '2017-07', true, '03/2016 – 07/2017', [
          'Telefonische acquisitie bij kinderopvangorganisaties',
          'Demo’s en offertes; 40 nieuwe klanten in 2016',
        ]),
        lines: [
          '08/2017 – 02/2019  Zorgverlof: mantelzorg voor mijn vader',
          'Inside Sales Medewerker',
          'Roosterwijs B.V., Houten  |  03/2016 – 07/2017',
        ],
      },
      {
        ...job('Medewerker klantenservice', 'Roosterwijs B.V.', '2013-09', '2016-02', false, '09/2013 – 02/2016', [
          'Telefonische en e-mailondersteuning van gebruikers van de roostersoftware',
        ]),
        lines: ['Medewerker klantenservice', 'Roosterwijs B.V., Houten  |  09/2013 – 02/2016'],
      },
    ],
    afterJobs: [
      { kind: 'heading', text: 'Nevenfuncties' },
      {
        kind: 'bullets',
        items: ['2021 – nu: secretaris van het bestuur, Ondernemersvereniging Nieuwegein-Noord (vrijwillig)'],
      },
    ],
    education: [
      edu('hbo bachelor', 'Hbo-bachelor Commerciële Economie, Hogeschool Utrecht, 2009 – 2013', {
        field: 'Commerciële Economie',
        institution: 'Hogeschool Utrecht',
        startYear: 2009,
        endYear: 2013,
      }),
    ],
    courses: [],
    certifications: [
      named('Pedagogisch Didactisch Getuigschrift (PDG)', 'Pedagogisch Didactisch Getuigschrift (PDG), 2020'),
    ],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – C1'),
      lang('de', 'A2', 'Duits – A2'),
    ],
    skills: ['Relatiebeheer', 'Coachend', 'Analytisch', 'Proactief'],
    closing: [
      { kind: 'heading', text: 'Lopend' },
      {
        kind: 'paragraph',
        text: 'Certified SaaS Account Manager (online leergang), afronding verwacht in het voorjaar van 2027.',
      },
    ],
    clientBase: { activeAccounts: 64, annualRevenueEur: 1_300_000, segment: 'national', decisionMakers: true },
    competencies: ['analytical', 'coaching', 'initiative', 'relationship_building'],
  },
  {
    id: 'nl-h6-09-relatiemanager-vastgoed-alinea-per-baan',
    format: 'docx',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Negenentachtig',
    email: 'negenentachtig@example.org',
    phone: '070 362 4481',
    contactLines: ['Den Haag'],
    headings: {
      education: 'Opleidingen',
      languages: 'Talenkennis',
      certifications: 'Certificaten',
    },
    profile: [
      'Relatiemanager vastgoedfinanciering met bijna twintig jaar ervaring in vastgoed: eerst als taxateur, ' +
        'daarna bij de bank. Mijn portefeuille bestaat uit 38 vastgoedbeleggers en projectontwikkelaars in de ' +
        'Randstad, met een kredietportefeuille van ca. € 480 miljoen. Ik werk met de eigenaren en CFO’s van deze ' +
        'partijen en met hun adviseurs.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Relatiemanager Vastgoedfinanciering',
          'Delflandse Bank N.V.',
          '2017-01',
          null,
          true,
          'januari 2017 tot heden',
        ),
        lines: [
          'Delflandse Bank N.V., Den Haag (januari 2017 tot heden) – Relatiemanager Vastgoedfinanciering. ' +
            'Verantwoordelijk voor een portefeuille van 38 professionele vastgoedklanten met een ' +
            'kredietportefeuille van ca. € 480 miljoen. Structureren van financieringen voor beleggingen en ' +
            'ontwikkelprojecten, jaarlijkse herbeoordelingen, onderhandelen over voorwaarden en convenanten, ' +
            'begeleiden van herfinancieringen. Eerste aanspreekpunt namens de bank; nauw contact met ' +
            'risicomanagement en bijzonder beheer.',
        ],
      },
      {
        ...job(
          'Accountmanager Zakelijk',
          'Delflandse Bank N.V.',
          '2013-05',
          '2016-12',
          true,
          'mei 2013 tot december 2016',
        ),
        lines: [
          'Delflandse Bank N.V., Delft (mei 2013 tot december 2016) – Accountmanager Zakelijk. Beheer van ' +
            'ongeveer 150 mkb-relaties in Delft en het Westland, van tuinders tot installateurs. ' +
            'Kredietaanvragen tot € 2 miljoen, verkoop van betalingsverkeer, lease en verzekeringen.',
        ],
      },
      {
        ...job('Taxateur', 'Haagse Taxatie Groep', '2009-09', '2013-04', false, 'september 2009 tot april 2013'),
        lines: [
          'Haagse Taxatie Groep, Den Haag (september 2009 tot april 2013) – Taxateur. Taxaties van ' +
            'bedrijfsmatig vastgoed (kantoren, winkels, bedrijfshallen) voor banken en beleggers; ingeschreven in ' +
            'het register van het NRVT.',
        ],
      },
      {
        ...job(
          'Assistent-makelaar',
          'Van Dijk Bedrijfsmakelaars',
          '2007-08',
          '2009-08',
          false,
          'augustus 2007 tot augustus 2009',
        ),
        lines: [
          'Van Dijk Bedrijfsmakelaars, Rijswijk (augustus 2007 tot augustus 2009) – Assistent-makelaar. ' +
            'Bezichtigingen, brochures en huurcontracten voor de makelaars van het kantoor.',
        ],
      },
    ],
    education: [
      edu('master', 'Master of Real Estate (MRE), Amsterdam School of Real Estate, 2014 – 2016 (deeltijd)', {
        field: 'Real Estate',
        institution: 'Amsterdam School of Real Estate',
        startYear: 2014,
        endYear: 2016,
      }),
      edu('hbo', 'Hbo Vastgoed & Makelaardij, Hogeschool Rotterdam, 2003 – 2007', {
        field: 'Vastgoed & Makelaardij',
        institution: 'Hogeschool Rotterdam',
        startYear: 2003,
        endYear: 2007,
      }),
    ],
    courses: [
      named('Financieel modelleren van vastgoedbeleggingen', 'Financieel modelleren van vastgoedbeleggingen (2018)'),
    ],
    certifications: [named('Wft Basis', 'Wft Basis (2013)')],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('en', 'C1', 'Engels: zeer goed (C1)'),
      lang('de', 'B1', 'Duits: redelijk (B1)'),
    ],
    skills: ['Financiële analyse', 'Tactvol', 'Onderhandelingsvaardig', 'Netwerken'],
    clientBase: { activeAccounts: 38, segment: 'regional_smb', decisionMakers: true },
    competencies: ['financial_analysis', 'negotiation', 'relationship_building', 'tact_assertiveness'],
  },
  {
    id: 'nl-h6-10-senior-accountmanager-lange-loopbaan',
    format: 'txt',
    language: 'nl',
    layout: 'one-column',
    name: 'Kandidaat Negentig',
    email: 'k.negentig@example.com',
    phone: '038 453 2290',
    contactLines: ['Hattem', 'Geboren: 4 maart 1963'],
    headings: {
      work: 'Loopbaan',
      education: 'Opleidingen',
      courses: 'Cursussen',
      certifications: 'Diploma’s',
      skills: 'Eigenschappen',
    },
    profile: [
      'Ervaren accountmanager in de technische groothandel met ruim 40 jaar werkervaring, waarvan ruim 30 in de ' +
        'verkoop. Begonnen als monteur, dus ik spreek de taal van de werkplaats. Ik bedien 35 industriële klanten ' +
        'in Overijssel, Drenthe en Friesland – voedingsmiddelenbedrijven, machinebouwers en een paar ' +
        'waterschappen – met een omzet van € 4,3 miljoen in 2025. Mijn contactpersonen zijn technisch directeuren ' +
        'en hoofden onderhoud.',
    ],
    jobStyle: 'stacked',
    jobs: [
      {
        ...job(
          'Senior accountmanager industrie',
          'Van Rossum Technische Groothandel B.V.',
          '2015',
          null,
          true,
          'sinds 2015',
          [
            '35 vaste industriële klanten, omzet € 4,3 miljoen (2025)',
            'Onderhoudscontracten en voorraadafspraken (vendor managed inventory)',
          ],
        ),
        lines: ['Senior accountmanager industrie – Van Rossum Technische Groothandel B.V., Zwolle (sinds 2015)'],
      },
      {
        ...job('Accountmanager', 'Van Rossum Technische Groothandel B.V.', '2009', '2014', true, '2009 – 2014', [
          'Opbouw van het klantsegment voedingsmiddelenindustrie in Overijssel',
        ]),
        lines: ['Accountmanager – Van Rossum Technische Groothandel B.V., Zwolle (2009 – 2014)'],
      },
      {
        ...job('Rayonmanager Noord-Nederland', 'Hydraulic Parts Europe B.V.', '2004', '2009', true, '2004 – 2009', [
          'Verkoop aan ruim 80 dealers en machinebouwers in de drie noordelijke provincies',
        ]),
        lines: ['Rayonmanager Noord-Nederland – Hydraulic Parts Europe B.V. (2004 – 2009)'],
      },
      {
        ...job('Vertegenwoordiger buitendienst', 'Lagerhuis Noord', '1998', '2004', true, '1998 – 2004'),
        lines: ['Vertegenwoordiger buitendienst – Lagerhuis Noord, Meppel (1998 – 2004)'],
      },
      {
        ...job('Verkoper binnendienst', 'Lagerhuis Noord', '1994', '1998', true, '1994 tot 1998'),
        lines: ['Verkoper binnendienst – Lagerhuis Noord, Meppel (1994 tot 1998)'],
      },
      {
        ...job('Magazijnchef', 'Lagerhuis Noord', '1991', '1994', false, '1991 tot 1994'),
        lines: ['Magazijnchef – Lagerhuis Noord, Meppel (1991 tot 1994)'],
      },
      {
        ...job('Monteur hydrauliek', 'Machinefabriek De Vries', '1986', '1991', false, '1986 tot 1991', [
          'Montage en onderhoud van hydraulische systemen op baggerschepen en kranen',
        ]),
        lines: ['Monteur hydrauliek – Machinefabriek De Vries, Kampen (1986 tot 1991)'],
      },
      {
        ...job('Leerling-monteur', 'Machinefabriek De Vries', '1983', '1985', false, '1983 – 1985'),
        lines: [
          'Militaire dienst – Garderegiment Fuseliers Prinses Irene, Oirschot (1985 – 1986)',
          'Leerling-monteur – Machinefabriek De Vries, Kampen (1983 – 1985)',
        ],
      },
    ],
    education: [
      edu('mbo 4', 'MTS Werktuigbouwkunde, Zwolle (1979 – 1983)', {
        field: 'Werktuigbouwkunde',
        startYear: 1979,
        endYear: 1983,
      }),
    ],
    courses: [
      named('Hydrauliek 1 en 2', 'Hydrauliek 1 en 2 (1987)'),
      named('Verkooptechniek', 'Verkooptechniek (NCOI, 1995)'),
      named('Leergang Accountmanagement', 'Leergang Accountmanagement, De Baak (2010)'),
    ],
    certifications: [named('NIMA-B', 'NIMA-B (1999)'), named('VCA-VOL', 'VCA-VOL (2024)')],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('de', 'B2', 'Duits: goed'),
      lang('en', 'B1', 'Engels: redelijk'),
    ],
    skills: ['Technisch onderlegd', 'Klantgericht', 'Netwerker', 'Betrouwbaar'],
    closing: [
      { kind: 'heading', text: 'Hobby’s' },
      {
        kind: 'paragraph',
        text: 'Restauratie van oude tractoren, fietsen, en om de week vrijwilliger bij het Repair Café in Hattem.',
      },
    ],
    clientBase: { activeAccounts: 35, annualRevenueEur: 4_300_000, segment: 'regional_smb', decisionMakers: true },
    competencies: ['customer_focus'],
  },
  {
    id: 'nl-h6-11-junior-accountmanager-foodservice-stage',
    format: 'pdf',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Eenennegentig',
    email: 'eenennegentig.kandidaat@example.net',
    phone: '06 1847 2266',
    contactLines: ['Amsterdam'],
    headings: {
      profile: 'Over mij',
      skills: 'Vaardigheden',
      courses: 'Cursussen',
    },
    profile: [
      'Junior accountmanager bij een foodservicegroothandel. Sinds september 2025 heb ik een eigen rayon: zo’n ' +
        '55 horecazaken in Amsterdam-West en de Zaanstreek, die ik van een vertrekkende collega heb overgenomen. ' +
        'Ik bezoek de eigenaren en chef-koks om de twee à drie weken.',
    ],
    jobStyle: 'bullets',
    jobs: [
      job(
        'Junior Accountmanager',
        'Horecagroothandel De Kombuis B.V.',
        '2024-08',
        null,
        true,
        'aug. 2024 – heden',
        [
          'Bezoeken van ca. 55 vaste horecaklanten',
          'Introductie van nieuwe producten en seizoensacties',
          'Eerste jaar: inwerktraject op de binnendienst, telefonische orders en offertes',
        ],
        'Zaandam',
      ),
      job(
        'Meewerkstagiair marketing',
        'VeloNova B.V.',
        '2023-02',
        '2023-07',
        false,
        'feb. – jul. 2023',
        ['Marktonderzoek onder fietsdealers in Vlaanderen', 'Social-mediacampagne voor een nieuwe e-bike'],
        'Amsterdam',
      ),
    ],
    education: [
      edu('hbo', 'Hbo Commerciële Economie (bachelor), Hogeschool van Amsterdam, 2020 – 2024', {
        field: 'Commerciële Economie',
        institution: 'Hogeschool van Amsterdam',
        startYear: 2020,
        endYear: 2024,
      }),
      edu('vwo', 'Atheneum, IJdoorn College, Amsterdam, 2014 – 2020', {
        institution: 'IJdoorn College',
        startYear: 2014,
        endYear: 2020,
      }),
    ],
    courses: [named('Sales Bootcamp', 'Sales Bootcamp (in-company, 2024)')],
    certifications: [named('Google Analytics Certification', 'Google Analytics Certification (2023)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend (Cambridge C1 Advanced)'),
      lang('es', 'A2', 'Spaans – basis'),
    ],
    skills: ['Communicatief', 'Proactief', 'Leergierig', 'Teamspeler'],
    clientBase: { activeAccounts: 55, segment: 'regional_smb', decisionMakers: true },
    competencies: ['communication', 'initiative', 'teamwork'],
  },
  {
    id: 'nl-h6-12-accountmanager-zorgverzekeraar-tabel',
    format: 'txt',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Tweeënnegentig',
    email: 'kandidaat.tweeennegentig@example.org',
    phone: '+31 10 288 4417',
    contactLines: ['Capelle aan den IJssel'],
    headings: {
      workTable: ['Functie', 'Periode', 'Organisatie'],
      certifications: 'Certificaten',
    },
    workTableOrder: ['title', 'period', 'employer'],
    profile: [
      'Accountmanager collectiviteiten bij een zorgverzekeraar. Ik beheer 120 werkgeverscollectiviteiten in heel ' +
        'Nederland, met samen ongeveer 38.000 verzekerden en € 52 miljoen premie per jaar. De collectieve ' +
        'contracten onderhandel ik met HR-directeuren; de voorlichting aan medewerkers verzorg ik zelf.',
    ],
    jobStyle: 'table',
    jobs: [
      job('Accountmanager Collectiviteiten', 'ZorgSamen Verzekeringen', '2021-09', null, true, '09-2021 – nu', [
        'Contractonderhandelingen en verlengingen met 120 werkgevers',
        'Aanvullende pakketten en vitaliteitsprogramma’s',
        'Behoud: 96% van de collectiviteiten verlengd in 2025',
      ]),
      job('Adviseur Zakelijke Markt', 'ZorgSamen Verzekeringen', '2017-03', '2021-08', true, '03-2017 – 08-2021', [
        'Advies en verkoop van collectieve zorgverzekeringen aan mkb-werkgevers in Zuid-Holland',
      ]),
      job('Beleidsmedewerker zorginkoop', 'Zorgkantoor Rijnmond', '2013-01', '2017-02', false, '01-2013 – 02-2017'),
    ],
    education: [
      edu('master', 'Master Health Economics, Policy & Law, Erasmus Universiteit Rotterdam, 2011 – 2012', {
        field: 'Health Economics, Policy & Law',
        institution: 'Erasmus Universiteit Rotterdam',
        startYear: 2011,
        endYear: 2012,
      }),
      edu('bachelor', 'Bachelor Gezondheidswetenschappen, Universiteit Maastricht, 2008 – 2011', {
        field: 'Gezondheidswetenschappen',
        institution: 'Universiteit Maastricht',
        startYear: 2008,
        endYear: 2011,
      }),
    ],
    courses: [],
    certifications: [
      named('Wft Zorgverzekeringen', 'Wft Zorgverzekeringen (2017)'),
      named('Wft Basis', 'Wft Basis (2017)'),
    ],
    languages: [lang('nl', 'native', ''), lang('en', 'C1', ''), lang('es', 'B1', '')],
    languagesText: ['Nederlands (moedertaal) · Engels (C1) · Spaans (B1)'],
    skills: ['Onderhandelen', 'Analytisch', 'Overtuigend', 'Klantgericht'],
    closing: [
      { kind: 'heading', text: 'Lopende opleiding' },
      { kind: 'paragraph', text: 'Wft Inkomen – examen gepland in januari 2027.' },
    ],
    clientBase: { activeAccounts: 120, annualRevenueEur: 52_000_000, segment: 'national', decisionMakers: true },
    competencies: ['analytical', 'customer_focus', 'negotiation', 'persuasiveness'],
  },
  {
    id: 'nl-h6-13-key-accountmanager-pootaardappelen-dollars',
    format: 'pdf',
    language: 'nl',
    layout: 'table',
    name: 'Kandidaat Drieënnegentig',
    email: 'drieennegentig@example.com',
    phone: '+31 527 69 3310',
    contactLines: ['Emmeloord'],
    headings: {
      workTable: ['Jaren', 'Bedrijf', 'Functie'],
      skills: 'Sterke punten',
      courses: 'Cursussen',
    },
    profile: [
      'Key account manager in de export van pootaardappelen naar Noord-Afrika en het Midden-Oosten. Ik beheer 9 ' +
        'importeurs in Egypte, Marokko, Algerije en Saoedi-Arabië. De contracten worden in dollars afgesloten: in ' +
        'seizoen 2024/2025 was dat USD 11,2 miljoen, omgerekend circa € 10,3 miljoen. De prijzen en volumes spreek ' +
        'ik rechtstreeks af met de eigenaren van de importbedrijven.',
    ],
    jobStyle: 'table',
    jobs: [
      job(
        'Key Account Manager Noord-Afrika & Midden-Oosten',
        'Flevo Seed Potatoes B.V.',
        '2020',
        null,
        true,
        '2020 – nu',
        [
          '9 importeurs in vier landen; jaarcontracten en seizoensprogramma’s',
          'Twee keer per jaar een rondreis langs klanten en proefvelden',
          'Nieuwe markt geopend in Saoedi-Arabië (2022)',
        ],
      ),
      job('Verkoper export binnendienst', 'Flevo Seed Potatoes B.V.', '2016', '2020', true, '2016 – 2020', [
        'Telefonische verkoop aan importeurs in Zuid-Europa; offertes, contracten en exportdocumenten',
      ]),
      job('Teeltadviseur', 'Aardappelcoöperatie Noordoostpolder', '2011', '2016', false, '2011 – 2016', [
        'Begeleiding van 60 telers bij de teelt van pootgoed',
      ]),
    ],
    education: [
      edu('hbo', 'HBO Tuinbouw en Akkerbouw, Aeres Hogeschool Dronten, 2007 – 2011', {
        field: 'Tuinbouw en Akkerbouw',
        institution: 'Aeres Hogeschool Dronten',
        startYear: 2007,
        endYear: 2011,
      }),
    ],
    courses: [
      named('Export Management', 'Export Management (Fenex, 2018)'),
      named('Arabische zakencultuur', 'Arabische zakencultuur (2021)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('fr', 'B2', 'Frans – goed'),
      lang('ar', 'A2', 'Arabisch – basis'),
    ],
    skills: ['Onderhandelingsvaardig', 'Cultuursensitief', 'Initiatiefrijk', 'Geduldig'],
    clientBase: { activeAccounts: 9, annualRevenueEur: 10_300_000, segment: 'international', decisionMakers: true },
    competencies: ['initiative', 'negotiation'],
  },
  {
    id: 'nl-h6-14-key-accountmanager-diy-inkoopkant',
    format: 'docx',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Vierennegentig',
    email: 'k.vierennegentig@example.org',
    phone: '06 4418 2057',
    contactLines: ['Utrecht'],
    headings: {
      profile: 'Samenvatting',
      courses: 'Trainingen',
    },
    profile: [
      'Key account manager DIY met ervaring aan de inkoopkant: vijf jaar category manager bij een ' +
        'bouwmarktketen. Ik beheer 7 accounts – vier bouwmarktketens en drie inkooporganisaties van zelfstandige ' +
        'tuincentra, samen ruim 600 winkels in Nederland en Vlaanderen. Netto-omzet op mijn accounts in 2025: ' +
        '€ 23 miljoen. Mijn gesprekspartners zijn de categorymanagers en inkoopdirecteuren.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job(
          'Key Account Manager DIY',
          'GreenLeaf Garden Products Benelux',
          '2022-10',
          null,
          true,
          'Oktober 2022 - Heden',
          ['Jaargesprekken, promotieplannen en schapafspraken met 7 accounts', 'Omzetgroei van 9% in 2025'],
        ),
        lines: ['Oktober 2022 - Heden | Key Account Manager DIY | GreenLeaf Garden Products Benelux, Houten'],
      },
      {
        ...job(
          'Category Manager Tuin',
          'Bouwmarkt Klusplein B.V.',
          '2017-05',
          '2022-09',
          false,
          'Mei 2017 - September 2022',
          ['Inkoop en assortiment tuin voor 85 winkels', 'Jaarafspraken met 40 leveranciers'],
        ),
        lines: ['Mei 2017 - September 2022 | Category Manager Tuin | Bouwmarkt Klusplein B.V., Utrecht'],
      },
      {
        ...job(
          'Assistent-inkoper',
          'Bouwmarkt Klusplein B.V.',
          '2014-09',
          '2017-04',
          false,
          'September 2014 - April 2017',
          ['Ondersteuning van drie category managers bij orders en promoties'],
        ),
        lines: ['September 2014 - April 2017 | Assistent-inkoper | Bouwmarkt Klusplein B.V., Utrecht'],
      },
      {
        ...job(
          'Verkoopmedewerker tuinafdeling (parttime)',
          'Tuincentrum De Oude Tol',
          '2010-03',
          '2014-08',
          true,
          'Maart 2010 - Augustus 2014',
          ['Bijbaan naast de studie'],
        ),
        lines: [
          'Maart 2010 - Augustus 2014 | Verkoopmedewerker tuinafdeling (parttime) | Tuincentrum De Oude Tol, Bunnik',
        ],
      },
    ],
    education: [
      edu('hbo', 'HBO Small Business & Retail Management, Hogeschool Utrecht, 2010 - 2014', {
        field: 'Small Business & Retail Management',
        institution: 'Hogeschool Utrecht',
        startYear: 2010,
        endYear: 2014,
      }),
    ],
    courses: [
      named('Category Management Advanced', 'Category Management Advanced (ECR Nederland, 2019)'),
      named('Onderhandelen met ketens', 'Onderhandelen met ketens (2023)'),
    ],
    certifications: [],
    languages: [
      lang('nl', 'native', 'Nederlands: moedertaal'),
      lang('en', 'C1', 'Engels: vloeiend'),
      lang('fr', 'B2', 'Frans: goed (B2)'),
    ],
    skills: ['Analytisch', 'Overtuigend', 'Relatiebeheer', 'Creatief in promoties'],
    clientBase: { activeAccounts: 7, annualRevenueEur: 23_000_000, segment: 'international', decisionMakers: true },
    competencies: ['analytical', 'innovation', 'persuasiveness', 'relationship_building'],
  },
  {
    id: 'nl-h6-15-accountmanager-zakenreizen-van-de-cabine',
    format: 'txt',
    language: 'nl',
    layout: 'bullets',
    name: 'Kandidaat Vijfennegentig',
    email: 'kandidaat.vijfennegentig@example.net',
    phone: '06 3921 7740',
    contactLines: ['Hoofddorp'],
    headings: {
      skills: 'Persoonlijke eigenschappen',
      certifications: 'Certificaten',
    },
    profile: [
      'Na vijftien jaar in de cabine heb ik de overstap gemaakt naar de zakenreiswereld. Als accountmanager ' +
        'zakenreizen zorg ik ervoor dat bedrijven hun reisbeleid, boekingen en kosten op orde hebben, en ik breng ' +
        'nieuwe klanten binnen. Ik zoek een volgende stap als accountmanager of key accountmanager in travel, ' +
        'hospitality of luchtvaart.',
    ],
    jobStyle: 'bullets',
    jobs: [
      {
        ...job('Accountmanager Zakenreizen', 'TravelDesk Business Travel B.V.', '2022', null, true, 'vanaf 2022', [
          'Beheer van bestaande zakelijke klanten en werven van nieuwe',
          'Invoeren van online boekingstools bij klanten',
          'Halfjaarlijkse rapportages over reiskosten en CO2-uitstoot',
        ]),
        lines: ['vanaf 2022 – Accountmanager Zakenreizen bij TravelDesk Business Travel B.V., Schiphol-Rijk'],
      },
      {
        ...job(
          'Medewerker reserveringen zakelijk',
          'TravelDesk Business Travel B.V.',
          '2019',
          '2021',
          false,
          '2019 t/m 2021',
          ['Boeken en wijzigen van vluchten en hotels voor zakelijke reizigers'],
        ),
        lines: ['2019 t/m 2021 – Medewerker reserveringen zakelijk bij TravelDesk Business Travel B.V., Schiphol-Rijk'],
      },
      {
        ...job('Purser', 'Noordzee Airlines', '2008', '2018', false, '2008 t/m 2018', [
          'Leiding aan het cabinepersoneel op Europese vluchten',
        ]),
        lines: ['2008 t/m 2018 – Purser bij Noordzee Airlines, Schiphol'],
      },
      {
        ...job('Stewardess', 'Noordzee Airlines', '2004', '2007', false, '2004 t/m 2007'),
        lines: ['2004 t/m 2007 – Stewardess bij Noordzee Airlines'],
      },
    ],
    afterJobs: [
      { kind: 'paragraph', text: 'Ouderschapsverlof: vijf maanden in 2016, aansluitend op mijn zwangerschapsverlof.' },
    ],
    education: [
      edu('mbo 4', 'Mbo Travel & Hospitality, niveau 4, ROC van Amsterdam, 2000 – 2004', {
        field: 'Travel & Hospitality',
        institution: 'ROC van Amsterdam',
        startYear: 2000,
        endYear: 2004,
      }),
    ],
    courses: [named('Accountmanagement voor starters', 'Accountmanagement voor starters (2022)')],
    certifications: [named('IATA Foundation in Travel and Tourism', 'IATA Foundation in Travel and Tourism (2019)')],
    languages: [
      lang('nl', 'native', 'Nederlands – moedertaal'),
      lang('en', 'C1', 'Engels – vloeiend'),
      lang('fr', 'B1', 'Frans – redelijk'),
      lang('es', 'B1', 'Spaans – redelijk'),
      lang('de', 'A2', 'Duits – basis'),
    ],
    skills: ['Gastvrij', 'Stressbestendig', 'Klantgericht', 'Oplossingsgericht'],
    closing: [
      { kind: 'heading', text: 'In opleiding' },
      { kind: 'paragraph', text: 'Travel Management Professional – examen in het voorjaar van 2027.' },
    ],
    clientBase: null,
    competencies: ['customer_focus', 'stress_resistance'],
  },
];

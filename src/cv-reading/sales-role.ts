import { words } from './titles';

/*
 * Sales titles in three languages, as normalised stems. Support and
 * administration roles around sales are checked first: a "sales support"
 * title is not selling. Customer service (klienditeenindaja) is not sales
 * either, which is where this list parts from the importer's.
 */
const SUPPORT_AROUND_SALES = compile(
  words(
    'sales support|sales ondersteuning|salesondersteuning|verkoopondersteuning|sales administrat|' +
      'salesadministrat|verkoopadministrat|sales operations|sales analyst|sales controller|sales assistent|' +
      'sales office admin|pre sales|presales|customer relationship officer|auxiliar comercial|assistente comercial|asistente comercial|technical account manager|coordinator|coordinaator|koordinaator|commercieel assistent|commercial assistant|lines account manager|account manager commercial lines|account manager personal lines|sales office assist|sales office coord|muugitoe|muugitugi|muugiassistent|muugianaluutik|sales coordinator|sales co ordinator|verkoop coordinator|' +
      // An assistant to those who hold the clients holds none: "Assistant Relationship Manager".
      'assistant sales|assistant account|assistant relationship|assistant key account|' +
      'account assistant|assistent account|assistent relatie|assistent verkoop|kliendihalduri assistent|' +
      'assistent makelaar|assistent hypotheek|assistant broker|maakleri assistent|associate relatie|associate relationship|sales back office|back office|broker assistant|muugikoordinaator|muugi koordinaator|teenindusesindaja',
  ),
);
const SALES_TITLES = compile(
  words(
    'account manager|accountmanager|accountmanag|key account|account executive|account director|' +
      'sales|verkoop|verkoper|relatiebeheer|relatiemanager|relationship manager|business developer|' +
      'business development|bizdev|new business|commercieel medewerker|commercieel adviseur|commercieel manager|' +
      'commercieel directeur|commercial manager|commercial director|vertegenwoordiger|buitendienst|' +
      'verkoop binnendienst|commerciele binnendienst|muugi|muuja|kliendihaldur|votmekliendi|votmeklient|arikliendi|kliendisuhete|ariarendus|' +
      'territory manager|territory representative|territory rep|area manager|small business manager|business banking manager|export manager|exportmanager|ekspordijuh|eksportjuh|suhtejuh|ekspordimuu|medical representative|medical rep|pharmaceutical representative|area business manager|rural manager|private client|private banker|personal banker|wealth manager|client manager|client executive|' +
      'selling|seller|saljare|myyja|verkaufer|muugijuht|erapangandur|partner manager|partnership manager|academic counsel|admissions counsel|enrolment advis|enrollment advis|channel manager|channel sales|kindlustusagent|insurance agent|verzekeringsagent|telemarketeer|telemarketer|telemarketing|vendeur|representant commercial|representante commerciale|representant des ventes|representante des ventes|delegue commercial|attache commercial|charge d affaires|conseiller commercial|ingenieur commercial|vertrieb|verkauf|aussendienst|negotiator|handelsagent|sales agent|commercial agent|kaubandusagent|telesales|telemuu|maakler|broker|makelaar|esindaja|afgevaardigde|kindlustusnoustaja|' +
      'insurance advis|relationship officer|responsable de secteur|chef de secteur|shop assistant|renewals specialist|renewals manager|client partner|client director|reisikonsultant|trade counter|counter sales|national account|account controller|export agent|manufacturers rep|manufacturers agent|manufacturer s rep|liisingukonsult|liisingunoustaja|partnerkanal|verzekeringsadvis|adviseur bedrijfsverzekering|adviseur verzekering|hypotheekadvis|mortgage advis|kliendijuh|lines producer|insurance producer|' +
      'investeerimisnoustaja|beleggingsadvis|investment advis|' +
      // Advertising is sold by "media advisers": the radio station's or newspaper's sellers of airtime and space.
      'media advis|mediaadvis|mediaconsulent|media consultant|advertising sales|advertentieverkoop|ad sales|media sales|reklaamimuu|' +
      // Jobs held abroad keep their titles: Spanish, Portuguese, Italian, French, Finnish and Polish sellers.
      'comercial|delegado|vendedor|vendedora|representante|ejecutivo de cuentas|ejecutiva de cuentas|gestor de cuentas|' +
      'commerciale|venditore|venditrice|agente di commercio|technico commercial|myynti|asiakkuuspaallik|avainasiakas|partnerlusjuh|partnerijuh|partnermanager|' +
      'przedstawiciel handlowy|handlowiec|sprzedaz|leasing consult|' +
      // Lithuanian, Latvian, Turkish and Romanian sellers: "Pardavimų vadybininkė", "Satış Temsilcisi", "Agent vânzări".
      'pardavim|pardeve|pardosan|satis|agent vanzari|vanzari|vanzator|ejecutiva de ventas|ejecutivo de ventas|ventas|vendas|estagiaria comercial|estagiario comercial',
  ),
);
const OTHER_TITLES = compile(
  words(
    'klantenservice|klantenserv|customer service|customer support|customer care|klantcontact|callcenter|' +
      'call center|call centre|contact center|klienditeenin|teenindaja|helpdesk|servicedesk|support|marketing|' +
      'turundus|communicatie|communication|finance|finants|controller|boekhoud|accountant|' +
      'raamatupidaja|logistiek|logistics|logistik|warehouse|magazijn|laotootaja|ladu|inkoop|inkoper|buyer|' +
      'purchas|ostu|hanke|laojuh|software|developer|ontwikkelaar|programmeur|programmeerija|arendaja|it|ict|' +
      'system|systeem|engineer|ingenieur|insener|hr|human resources|personeel|recruit|personali|administrat|' +
      'office manager|secretar|sekretar|receptie|reception|docent|leraar|teacher|opetaja|lektor|oppejoud|lecturer|onderzoek|research|' +
      'data|jurist|lawyer|legal|verpleeg|nurse|chauffeur|driver|productie|production|tootmis|kassa|cashier|' +
      'planner|planning|operations|projektijuht|product owner|designer|ontwerper|disainer|analyst|analist|' +
      'analuutik|accounts assistant|accounts payable|bookkeeper|supervisor|klienditoe|kliendito|autojuht|bussijuht|' +
      'horeca|ober|kelner|barista|waiter|cook|kokk|intercedent|monteur|mechanic|mehaanik|insener|warehouse|' +
      'operative|cashier|kassapidaja|schadebehandelaar|behandelaar|vestigingsmanager|branch manager|' +
      'estimator|calculator|kalkulaator|vakkenvul|orderpick|farmatseut|pharmacist|apotheker|apteeker|' +
      'ekspedeerija|expediteur|freight forward|tugiisik|technician|tehnik|monteur|projektijuht|project engineer|' +
      'marketeer|implementation|implementatie|onboarding|customer success|krediidi|kredietanal|credit analyst|' +
      'filiaalmanager|winkelmanager|winkelverantwoordelijk|filiaalverantwoordelijk|winkelchef|store manager|shop manager|kauplusejuhataja|store supervisor|restaurant|' +
      'reservation|reserveering|sommelier|bar manager|receptionist|receptie|kaupluse juhataja|product manager|' +
      'farm manager|farm business consult|parts|service manager|pub manager|venue manager|varbamis|' +
      'recruitment consult|binnendienst schade|afdelingsmanager|tootespetsialist|product specialist|shift manager|' +
      'delivery manager|brand manager|merkmanager|probationary officer|management trainee|kategooria|category specialist|' +
      'categoriespecialist|category manager|categorymanager|productspecialist|teenindusnoustaja|baker|bakker|arveldus|' +
      'tolk|tolkija|interpreter|translator|vertaler|redacteur|eindredacteur|editor|toimetaja|food beverage|food and beverage|' +
      'escrow|route service|route driver|clinical specialist|klinisch specialist|kliiniline spetsialist|clinical educator|billing|tootejuht|ostja|viljaostja|ostujuht|tehniline konsultant|underwriter|district manager|broker assistant|projectleider|projectmanager|project manager|medewerker schade|vahetuse juhataja|ploegleider|servicemanager|export coordinator|showroom manager|showroom mudur|restoranijuht|tasting room|kliendikogemus|customer experience|deelnemersadvis|tehniline noustaja|technical advis|credit portfolio|credit risk|kredietbeheer|' +
      'front office|frontoffice|front desk|department manager|architect|arhitekt|hairdresser|kapper|juuksur|stylist|' +
      'herd manager|site manager|banqueting|voorman|foreman|broneering|programme manager|program manager|programmamanager|operationeel|vastuvotu|vahetuse juht|culinair|educatief',
  ),
);
const SALES_DUTIES = compile(
  words(
    'acquisitie|acquireren|acquisi|nieuwe klanten|klanten werven|werven van|omzetdoel|omzettarget|' +
      'omzetverantwoordelijk|omzet|verkoopdoel|verkoopresultat|verkoopcijfer|target|targets|quota|offerte|' +
      'contracten afsluiten|afsluiten van|deals|deal|leads|prospect|pipeline|closing|closed|new business|upsell|' +
      'cross sell|cold call|koude acquisitie|revenue|account plan|accountplan|klantportefeuille|portefeuille|' +
      'portfolio|verkocht|verkopen|verkoop|sold|selling|sales|muugieesmar|muugiplaan|muugimah|muugitulemus|' +
      'uute klientide|uusi kliente|uute kliendi|kliendibaas|lepingute solmim|solmisin|muuk|muugi|muusin|' +
      'kaibe|kaibeeesmar|tehingu|tehinguid|pakkumis|hinnapakkum|onderhandel|negotiat|labiraak|win|won|' +
      'klanten binnenhalen|binnengehaald|nieuwe markten|growth of|grew|kasv',
  ),
);
const OTHER_DUTIES = compile(
  words(
    'klacht|complaint|kaebus|inbound|inkomende|incoming|sissetule|factur|invoic|boekhouding|bookkeep|' +
      'voorraad|inventory|laoseis|campagne|campaign|kampaania|social media|sotsiaalmeedia|content|seo|' +
      'software|code|programm|transport|tickets|ticket|klantvragen|vragen van klanten|customer queries|' +
      'poordumis|support|helpdesk|salarisadministratie|payroll|werving en selectie|recruitment|jaarrekening|' +
      'aruandlus|raamatupidamis|planning|installatie|onderhoud|maintenance|hooldus',
  ),
);

const OPEN_TITLES = compile(
  words(
    'adviseur|advisor|adviser|consultant|konsultant|noustaja|ondernemer|eigenaar|owner|founder|oprichter|' +
      'zzp|freelance|partner|vennoot|ettevotja|entrepreneur|omanik|manager|juht|director|directeur|binnendienst',
  ),
);

export interface SalesVerdict {
  salesRole: boolean;
  confidence: number;
}

/**
 * A stem list as patterns: stems of up to three letters stand as whole words,
 * longer ones start a word, and from six letters on they may sit inside a
 * compound ("omzetdoelstelling", "võtmekliendihaldur").
 */
function compile(stems: string[]): RegExp[] {
  const escape = (list: string[]) => list.map((stem) => stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const short = stems.filter((stem) => stem.length <= 3);
  const start = stems.filter((stem) => stem.length > 3 && stem.length < 6);
  const inside = stems.filter((stem) => stem.length >= 6);
  return [
    short.length ? new RegExp(`(?<=^| )(?:${escape(short)})(?= |$)`, 'g') : null,
    start.length ? new RegExp(`(?<=^| )(?:${escape(start)})`, 'g') : null,
    inside.length ? new RegExp(`(?:${escape(inside)})`, 'g') : null,
  ].filter((pattern): pattern is RegExp => pattern !== null);
}

/** How many different stems of a list a normalised text holds. */
function hits(norm: string, patterns: RegExp[]): number {
  const found = new Set<string>();
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(norm); match; match = pattern.exec(norm)) found.add(match[0]);
  }
  return found.size;
}

/** Whether a job was a sales role, from its title and its duties (normalised); undefined when nothing tells. */
const TEACHING_OR_LEARNING =
  /(?<=^| )(?:lecturer|docent|teacher|leraar|opetaja|instructor|lector|lektor|oppejoud|[a-z]*praktikant|[a-z]*stagiair|stagiaire|werkstudent|intern|trainer|lesgever|apprentice|azubi|lehrling|leerling|opipoiss|salestrainer|verkooptrainer|koolitaja)(?= |$)/;

/** A seller's title beside a trainer's: "Koolitaja-müügijuht" trains the salons it sells to. */
const TRAINER_AND_SELLER =
  /(?<=^| )(?:muugijuht|muugiesindaja|sales manager|sales representative|account manager|accountmanager|verkoper|vertegenwoordiger)(?= |$)/;

/** Estonian compounds ending in seller or sales: "projektimüüja", "hulgimüügi agent". */
const ESTONIAN_SELLER = /[a-z]{3}(?:muuja|muugi)(?= |$)/;

/** A seller's half of a double title outranks a coordinator's: "Patsiendikoordinaator-müügikonsultant". */
const SELLER_HALF =
  /(?<=^| )(?<!pre )(?:muugi|sales )(?:konsultant|consultant|esindaja|representative|noustaja)(?= |$)/;

/** An agent of goods or firms: "Agent", "Jalatsiagent"; paid on commission, a seller. */
const AGENT = /agent(?= |$)/;

/** A title whose only sales word is where the work is done (in the field, in the office). */
const FIELD_ONLY =
  /^(?:(?!verkoop|sales|commerc|account|relatie)[a-z ])*(?:buitendienst|binnendienst)(?:(?!verkoop|sales|commerc|account|relatie)[a-z ])*$/;

/** A sales assistant on a shop floor sells to the customers there: a seller, not a support role. */
const SHOP_SELLING =
  /(?:sell|sold|verko|muu)\w* .*(?:shop floor|store|winkel|kauplus|showroom)|(?:shop floor|store|shop|winkel|kauplus|showroom)\w* .*(?:sell|sold|verko|muu)/;

/** A title that opens with a sales title's abbreviation: "KAM – Wholesale", "AM Tuincentra", "Senior BDM". */
const ABBREVIATED = /^(?:(?:senior|junior|sr|jr) )?(?:kam|am|nam|bdm|bdr|sdr|ae|asm|rsm)(?= |$)/;
/** Running shops: their managers, their staff, their stock. */
const RUNS_SHOPS =
  /kaupluse juhataja|kaupluste (?:juhatajate|personal|eelarve)|store managers|managers of (?:\w+ )?stores|filiaalmanagers|winkelmanagers|bedrijfsleiders van/;
/** Saying that one sold, in the past tense of the three languages: the act, not the department. */
const SOLD =
  /(?<=^| )(?:sold|verkocht|muusin|muunud|on commission|op provisiebasis|provisiepalk|\d+ in sales|komisjonitasu\w*)(?= |$)/;
/**
 * Selling on the side of another trade ("sold products to my clients too") or selling one's own business is no
 * selling job: the word is dropped before the duties are read.
 */
const SOLD_ASIDE =
  /(?<=^| )(?:(?:also|ook|ka) (?:sold|verkocht|muusin)|(?:sold|verkocht|muusin) (?:\w+ )?(?:also|too|ook|ka)|(?:sold|verkocht|muusin) (?:it|het|(?:the|my|our|mijn|onze|de|het) (?:business|company|shop|salon|bedrijf|zaak|winkel|share|aandeel)|(?:oma )?(?:ettevotte|firma|salongi|poe))|(?:bedrijf|zaak|winkel|business|company|firma|ettevote) (?:in \d{4} )?(?:verkocht|sold|muudud|muusin))(?= |$)/g;
/** Working with the sales department is no selling: "koostöö müügiosakonnaga", "in liaison with the sales team". */
const WITH_SALES =
  /(?<=^| )(?:koostoo|(?:in )?(?:cooperation|liaison|liaising|working) with|samenwerking met|afstemming met) (?:the |de |het )?(?:muugi\w*|sales|verkoop\w*)(?: (?:team|department|afdeling|osakon\w*))?(?= |$)/g;
/** One who says they held no clients of their own: a trainee beside the sellers, a sales office, an adviser to them. */
const NO_OWN_CLIENTS =
  /(?<=^| )(?:(?:no|geen|nog geen|without|zonder) (?:own |eigen )?(?:clients|customers|accounts|klanten|klantenportefeuille|portefeuille|portfolio)(?: of (?:my|his|her) own)?|(?:ei|polnud) (?:olnud )?oma klient\w*|oma kliente (?:ei olnud|polnud))(?= |$)/;
/** Titles of those beside the sellers: a trainee, an assistant, an adviser to them, a coordinator. */
const BESIDE_SELLERS = /trainee|assist|advis|noustaja|coordinat|coordinaat|koordinaator|(?<=^| )support(?= |$)/;
const LEADS_SELLERS =
  /(?<=^| )(?:juhtisin|juhin|managed|manage|manages|led|lead|leads|leiding aan|leiding over|stuurde|stuur)(?: \w+){0,3} (?:\w*esindaja\w*|sales ?(?:reps?|representatives|team|people|executives|managers)|(?:field |area |territory )?reps|representatives|account managers|accountmanagers|verkopers|vertegenwoordigers|muugiesindaja\w*|muujat|muujad|kliendihaldurit|kliendihaldurid)(?= |$)/;
const OWNS =
  /(?<=^| )(?:owner|eigenaar|omanik|kaasomanik|founder|oprichter|zaakvoerder|asutaja|kaasasutaja|ettevotja|entrepreneur|ondernemer|zzp|freelance|partner|vennoot)(?= |$)/;

/** Whether a title (normalised) names the owner or founder of a business. */
export function ownsBusiness(title: string): boolean {
  return OWNS.test(title);
}
/** A client count of one's own: "About 85 dairy and drystock clients", "haldan 40 klienti". */
const HOLDS_CLIENTS =
  /(?<=^| )\d+ (?:[a-z]+ ){0,3}(?:clients|customers|accounts|klanten|relaties|klienti|klienti\w*|kliendi\w*)(?= |$)(?! (?:a|per|each|every) (?:day|week|dag|week|paevas))/;
/** A student's work term: "Sales Development Co-op". */
const WORK_TERM = /(?<=^| )co op(?= |$)/;

/** What an order desk does: taking orders and their papers, not selling. */
const ORDER_DESK =
  /(?<=^| )(?:orders?|order entry|orderverwerking|orderinvoer|bestellingen|tellimus\w*|transportdocumenten|shipping documents)(?= |$)/;

/**
 * An English "Sales Assistant" serves and sells in a shop, at a counter or in a showroom; an export or office one,
 * or one whose duties are the sales team's orders and quotes, supports those who sell.
 */
const SALES_ASSISTANT = /(?<=^| )sales assistant(?= |$)/;
const OFFICE_ASSISTANT = /(?<=^| )(?:export|office|back office|administrat\w*|admin|internal|inside)(?= |$)/;
const SUPPORTS_SELLERS =
  /(?<=^| )(?:for|to|supporting|support|supported) (?:the |our )?(?:sales|account|export|field)\w* (?:team|managers|reps|representatives|staff|force)|back office|order entry/;

export function classifySalesRole(title: string, duties: string): SalesVerdict | undefined {
  // One who teaches sales, or learns it as an intern, does not sell: "Part-time Lecturer, Sales Management".
  if ((TEACHING_OR_LEARNING.test(title) && !TRAINER_AND_SELLER.test(title)) || WORK_TERM.test(title))
    return { salesRole: false, confidence: 0.8 };
  // … unless they say they sold: "geen klanten van mij", yet "in 2025 verkocht ik 46 chalets".
  if (NO_OWN_CLIENTS.test(duties) && BESIDE_SELLERS.test(title) && !SOLD.test(duties))
    return { salesRole: false, confidence: 0.7 };
  duties = duties.replace(SOLD_ASIDE, ' ').replace(WITH_SALES, ' ');
  if (AGENT.test(title) && SOLD.test(duties)) return { salesRole: true, confidence: 0.75 };
  const sold = SOLD.test(duties) && !ORDER_DESK.test(duties);
  const officeAssistant =
    SALES_ASSISTANT.test(title) && (OFFICE_ASSISTANT.test(title) || SUPPORTS_SELLERS.test(duties));
  const supportTitle =
    (hits(title, SUPPORT_AROUND_SALES) > 0 || officeAssistant) &&
    !SHOP_SELLING.test(duties) &&
    !sold &&
    !SELLER_HALF.test(title);
  // "Monteur buitendienst" works in the field, as a fitter: the field is no sale by itself.
  const salesTitle =
    !supportTitle &&
    (hits(title, SALES_TITLES) > 0 || ESTONIAN_SELLER.test(title) || ABBREVIATED.test(title)) &&
    !(FIELD_ONLY.test(title) && hits(title, OTHER_TITLES) > 0);
  const otherTitle = supportTitle || (!salesTitle && hits(title, OTHER_TITLES) > 0);
  const salesDuties = hits(duties, SALES_DUTIES);
  const otherDuties = hits(duties, OTHER_DUTIES);
  if (salesTitle) {
    if (otherDuties > salesDuties + 1) return { salesRole: true, confidence: 0.7 };
    return { salesRole: true, confidence: salesDuties > 0 ? 0.95 : 0.9 };
  }
  // "Quoted and sold parts to walk-in customers": one who says they sold, sold, whatever the title says.
  if (otherTitle && sold && !supportTitle && otherDuties === 0) return { salesRole: true, confidence: 0.6 };
  if (otherTitle) {
    return { salesRole: false, confidence: salesDuties === 0 ? 0.85 : 0.65 };
  }
  // An adviser or consultant who states sales of their own sold: "CA$38,000 in sales in 2025". An owner's are the firm's.
  if (sold && hits(title, OPEN_TITLES) > 0 && !OWNS.test(title)) return { salesRole: true, confidence: 0.6 };
  // A manager of sellers is in sales: "juhtisin viit ravimiesindajat", "managed six field reps".
  if (LEADS_SELLERS.test(duties)) return { salesRole: true, confidence: 0.6 };
  // One who runs shops and their managers runs retail, whatever sales plans the shops have.
  if (RUNS_SHOPS.test(duties)) return { salesRole: false, confidence: 0.7 };
  if (salesDuties >= 2 && salesDuties > otherDuties) return { salesRole: true, confidence: 0.75 };
  // An owner who sells the farm's or shop's own goods ("verkoop aan huis") runs a business, not a sales job.
  if (salesDuties === 1 && otherDuties === 0 && !OWNS.test(title)) return { salesRole: true, confidence: 0.55 };
  if (otherDuties > 0) return { salesRole: false, confidence: 0.6 };
  // Advisers, consultants and owners may well sell: without duties nothing tells, but clients of their own do.
  // An owner's clients are the business's customers, not a portfolio.
  if (hits(title, OPEN_TITLES) > 0)
    return HOLDS_CLIENTS.test(duties) && !OWNS.test(title) ? { salesRole: true, confidence: 0.55 } : undefined;
  return { salesRole: false, confidence: duties.length > 20 ? 0.45 : 0.35 };
}

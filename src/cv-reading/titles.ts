/**
 * Words that make a piece of a work-history header a job title, and marks
 * that make it an employer. Stems are matched inside normalised words, so
 * compounds count: "accountmanager", "müügijuht", "kliendihaldur".
 */
const TITLE_STEMS = words(
  'manager|managr|medewerker|adviseur|consultant|specialist|assistent|assistant|directeur|director|officer|' +
    'representative|vertegenwoordiger|verkoper|beheerder|engineer|developer|ontwikkelaar|analist|analyst|' +
    'teamleider|leider|leidinggevende|coordinator|coordinaator|juht|haldur|spetsialist|konsultant|esindaja|' +
    'noustaja|teenindaja|tootaja|agent|executive|lead|head|trainee|trainer|koolitaja|stagiair|intern|praktikant|planner|' +
    'controller|boekhouder|accountant|raamatupidaja|secretar|sekretar|receptionist|eigenaar|owner|founder|' +
    'oprichter|zzp|freelance|leraar|docent|opetaja|logistik|chauffeur|juhataja|buyer|inkoper|makelaar|' +
    'programmeur|arendaja|insener|ondernemer|sales|verkoop|muugi|account|kassier|caissiere|monteur|' +
    'operator|administrat|employee|worker|clerk|advisor|adviser|associate|broker|saljare|myyja|banker|bankier|pankur|pangandur|planeerija|teenija|medewerkster|bediende|vennoot|partner|' +
    'analuutik|tehnik|technician|supervisor|ceo|cfo|coo|cto|cco|vp|president|expert|ekspert|cashier|teller|' +
    'kassapidaja|intercedent|behandelaar|driver|autojuht|juhi|mechanic|mehaanik|nurse|verpleeg|waiter|ober|' +
    'kelner|barista|horeca|handler|administraator|muuja|laohoidja|konstruktor|leerkracht|teacher|kasitleja|tugiisik|' +
    'voorzitter|chairman|chairwoman|chairperson|trustee|penningmeester|treasurer|bestuurslid|esimees|' +
    'chemist|scientist|technolog|laborant|calculator|voorbereider|kalkulaator|estimator|apprentice|fitter|' +
    'designer|ontwerper|vormgever|dtp|redacteur|editor|journalist|reporter|verslaggever|ajakirjanik|politie|politseinik|police|uitvoerder|opzichter|electrician|elektricien|' +
    'welder|lasser|chef|beveiliger|schoonmaker|cleaner|lecturer|lektor|oppejoud|onderzoeker|' +
    'researcher|teadur|apotheker|pharmacist|proviisor|farmatseut|verpleegkundige|ode|oppetaja|ingenieur|' +
    // Titles of jobs held abroad, as written there: "Delegado Comercial", "Myyntiedustaja", "Ingénieur technico-commercial".
    'comercial|commerciale|commercial|delegado|vendedor|venditore|gerente|jefe|responsable|edustaja|asentaja|' +
    'paallikko|przedstawiciel|handlowiec|kierownik|vadybinink|pardavim|pardeve|satis|temsilci|vanzari|vanzator|ejecutiv|estagiari|becari|encargad|dispecer|administrator|garson|' +
    // Trades, as their holders write them in a history: "Treial", "Õmbleja", "Timmerman", "Bricklayer".
    'treial|traktorist|ombleja|keevitaja|lukksepp|puusepp|muursepp|koristaja|hooldaja|kasvataja|timmerman|metselaar|' +
    'loodgieter|hovenier|afgevaardigde|zaakvoerder|magazijnier|jobstudent|barman|lifeguard|locksmith|machinist|carpenter|plumber|bricklayer|butcher|gardener|labourer|laborer|seamstress|' +
    'caregiver|verzorgende|hairdresser|juuksur|kosmeetik|optometrist|opticien|optician|audicien|audiologist|fysiotherapeut|physiotherapist|dierenarts|veterinar|tandarts|dentist',
);

const COMPANY_MARK =
  /(?:\b(?:B\.?V\.?|N\.?V\.?|OÜ|AS|Ltd\.?|GmbH|Inc\.?|LLC|plc|S\.A\.|AB|Oy|SIA|UAB|VOF|v\.o\.f\.|Group|Groep|Holding|Bank|Banking|Verzekeringen|Logistiek|Solutions|Services|Systems|International|Nederland|Eesti|Baltics?)\b)|&|^(?:Drukkerij|Bakkerij|Reclamebureau|Reclamestudio|Stichting|Gemeente|Ziekenhuis|Hotel)\b|^\p{Lu}\p{Ll}+bedrijf\b|\p{L}*(?:[Tt]ehas|[Vv]abrik|[Ss]ovhoos|[Kk]olhoos|[Kk]ombinaat)(?![\p{L}])/u;

export function words(list: string): string[] {
  return list.split('|');
}

// "Farm Hand", "Yard Hand": a hand is a worker as a word of its own, not inside one ("Handelsbedrijf").
const SHORT_STEMS = new Set([...TITLE_STEMS.filter((stem) => stem.length <= 3), 'hand']);
const LONG_STEMS = new RegExp(TITLE_STEMS.filter((stem) => stem.length > 3).join('|'));

/** Plurals that name a firm, not a job: "Saguaro Orthopedic Partners", "Van Dijk Adviseurs", "Kent Associates". */
const FIRM_PLURALS = new Set([
  'partners',
  'associates',
  'consultants',
  'advisors',
  'advisers',
  'adviseurs',
  'engineers',
  'brokers',
  'makelaars',
  'accountants',
  'agents',
  'designers',
  'developers',
  'bankers',
  'bankiers',
]);

/** A firm named as a compound of partners: "Hygiënepartners", "Zorgpartners". */
const FIRM_PLURAL_END = /\p{L}{3}partners$/u;

/** How many words of a normalised piece carry a title stem. */
export function titleScore(norm: string): number {
  let score = 0;
  for (const word of norm.split(' ')) {
    // "Meediaagentuur", "Reisbureau-agentschap": an agency is a firm, whatever stem it holds.
    // … and so is a compound of partners: "Hygiënepartners".
    if (FIRM_PLURALS.has(word) || FIRM_PLURAL_END.test(word) || /(?:agentuur|agentschap|agency)$/.test(word)) continue;
    if (SHORT_STEMS.has(word) || (word.length > 3 && LONG_STEMS.test(word))) score++;
  }
  return score;
}

export function isTitleLike(norm: string): boolean {
  return titleScore(norm) > 0;
}

export function isCompanyLike(text: string): boolean {
  // \b does not see a word end after "Ü": the legal forms are tested with their own bounds.
  return COMPANY_MARK.test(text) || LEGAL_FORM.test(text);
}

const LEGAL_FORM =
  /(?<![\p{L}])(?:B\.?V\.?|N\.?V\.?|OÜ|AS|Ltd\.?|GmbH|Inc\.?|LLC|plc|S\.A\.|AB|Oy|SIA|UAB|VOF|v\.o\.f\.|Co\.|Corp\.?|LTD\.?|INC\.?|PLC|GMBH|Limited|LIMITED|S\.L\.U?\.?|S\.A\.S\.?|SAS|SARL|S\.r\.l\.|SRL|S\.p\.A\.|Sp\.\s?z\s?o\.o\.|Lda\.?|Oyj|ApS|A\/S|AG|BVBA|BV|NV|Pty)(?![\p{L}])/u;

/** Whether a piece is nothing but a legal form ("Lda.", "Ltd"): the end of the name before it, split off at a comma. */
export function isLegalFormOnly(text: string): boolean {
  return hasLegalForm(text) && !/\p{L}/u.test(text.replace(new RegExp(LEGAL_FORM.source, 'gu'), ''));
}

/** Whether a piece carries a company's legal form (B.V., OÜ, Ltd): an employer, never a job title. */
export function hasLegalForm(text: string): boolean {
  return LEGAL_FORM.test(text);
}

/**
 * A title as Dutch and Estonian write it, its qualifiers in lower case ("Commercieel afgevaardigde horeca en
 * drankenhandel"): a short line without punctuation whose first words name a job.
 */
export function lowerCaseTitle(text: string, norm: string): boolean {
  const words = norm.split(' ');
  return (
    /^\p{Lu}/u.test(text) && words.length <= 6 && !/[.,;:!?]/.test(text) && titleScore(words.slice(0, 2).join(' ')) > 0
  );
}

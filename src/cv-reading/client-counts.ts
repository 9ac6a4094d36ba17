/*
 * How many clients a sentence says the candidate holds: a number before a noun of clients ("120 klanten",
 * "12 chains with 340 stores"), else a number the sentence frames as the clients ("my clients are 35
 * laboratories"). Read on normalised text with numbers as digits and sums taken out (client-base.ts).
 */
const ACCOUNT_NOUN =
  'klant|klient|kliend|account|client|customer|relatie|akkerbouwer|veehouder|tuinder|dealer|autoesindus|boutique|boetiek|apteek|apothe|pharmac|optik|optician|adverteerder|aannemer|dakwerker|winkel|kauplus|store|shop|bedrij|ettevot|firma|organisat|partner|distribut|groothandel|installateur|praktijk|ziekenhu|haigla|hotel|restoran|restaurant|school|gemeent|vennoot|retailer|merchant|kett|keti|chain|keten|asutus|institution|instelling|omavalitsus|municipal|leping|contract|opdrachtgever|reseller|wederverkoper|houder|boer|farm|talu|teler|kweker|grower|contractor|ondernemer|praktik|clinic|kliinik|dentist|tandarts|huisarts|garage|famil|household|huishoud|gezin|perekon|leibkon|verlader|shipper|owner|eigenaar|omanik|busines|compan|firms|trader|manufactur|haulier|hulgimuu|wholesal|group|groep|werkgever|employer|tooandja|relationship|broker|assurantiekantor|volmacht|jaemuu|hospital|venue|practic|stockist|advertiser|reklaamiand|kmo|horecazak|scholen|onderneming|tour operator|agenc|agentuur|edasimuu|laborator|laborit|verpleeghuiz|zorginstell|woonzorg|zorgcentr|hooldekod|salons|studio|praksis|importer|pood|parfumer|schoonheidsinstitu|handela|aiakesk';
const ACCOUNTS = new RegExp(
  `(?<![\\da-z.,])(\\d{1,3}(?:[.\\s]\\d{3})?|\\d{1,6})\\+?\\s+((?:(?:vaike ja keskmise suurusega|midden en klein|small and medium sized|small and mid sized|[a-z]+)\\s+){0,4}?)([a-z]*(?:${ACCOUNT_NOUN})[a-z]*)(?: ([a-z]+))?`,
  'g',
);
const ABOUT_NUMBER = '(?:(?:about|around|some|over|ca|circa|ongeveer|ruim|umbes|ligikaudu|u) )?';
/** Words between a number and its noun that show it counts something else ("8 jaar", "12 klantbezoeken"). */
const NOT_COUNTED =
  /^(?:jaar|jaren|aasta|years?|maand|kuud|months?|uur|tundi|hours?|procent|protsent|percent|miljoen|miljon|million|mln|mio|miljard|billion|duizend|tuhat|thousand|medewerker|werknemer|tootaja|employees?|people|mensen|inimes|per |keer|times|hectare|hektar|ha |acres?|tonnes?|tonn|ton |liter|litres?|m2 |km |uritus|events?|evenementen|seminar|liikmeline|koppig|strong|person |persoons|hoofdig)/;
/** Words that link two nouns: a number before them does not count the noun after them. */
const LINKING_WORD =
  /(?:^| )(?:with|met|koos|of|van|for|voor|to|naar|from|uit|their|hun|nende) $|(?:^| )(?:with|met|their|hun|nende) /;
/** A noun that counts clients as such: "43 klienti", "31 accounts", "120 klanten". */
const CLIENT_COUNT = /^(?:klant|klient|kliend|client|customer|account)/;
/** "A team of 12" counts colleagues, whatever noun follows. */
const TEAM_BEFORE = /(?:team|teams|meeskond|meeskonna|tiim|tiimi)(?: van| of)?(?: een| a)? $/;
const NOT_ACCOUNTS =
  /bezoek|visit|kulastus|gesprek|call|kone|afspra|meeting|kohtumis|jaar|aasta|year|manag|haldur|juhina|beheerder|handler/;
/** Places where a chain's goods are sold: counted only when the sentence counts no owner ("12 chains with 340 stores"). */
const OUTLET =
  /^(?:stores?|shops?|outlets?|venues?|branch|branches|locations?|sites?|filia|vestiging|winkels?$|kauplus|poodi|poed|esindus|verkooppunt|points? of sale)/;
const OWNER = /kett|keti|chain|keten|groep|group|kontsern/;
/** "vijf ketens in Nederland en twee in België": the second number counts the same clients. */
const AND_MORE = /^ (?:(?:in|op|across|in the) )?[a-z]+ (?:en|and) (\d{1,4}) (?:in|op|across)(?= )/;
/** "kuue jaekaubandusketi ja kolme hulgimüüja": a second count of clients of another kind adds to the first. */
/** … also after a second noun of the first ("75 schools and academies and 40 trade accounts"), or about ("ja umbes 60"). */
const ACCOUNTS_AND = new RegExp(
  `^(?: (?:and|en|ja) [a-z]+)? (?:ja|en|and|plus) ${ABOUT_NUMBER}(\\d{1,4}) (?:[a-z]+ ){0,2}?[a-z]*(?:${ACCOUNT_NOUN})`,
);
/** "at 18 and have sold school uniforms", "op 16": an age, not a count of what follows some words later. */
const AGE_BEFORE = /(?:^| )(?:at|aged|op) $/;
/** "six in the mill shop": a number before a preposition counts what came before it, not the noun after. */
const PREPOSITION_FIRST = /^(?:in|at|on|op|bij|aan) /;
/**
 * A count the sentence frames as the candidate's clients, whatever they are
 * called: "my clients are 35 laboratories", "19 importers … are my accounts",
 * "kliente on mul 45", "töötan 18 mööblitehasega", "ik verkoop … aan 40
 * exposanten". Read only where no noun of the list was counted.
 */
const CLIENTS_NOUN =
  '(?<![a-z])[a-z]{0,20}(?:clients|customers|accounts|klanten|relaties|kliendid|kliente|kliendiks|klientideks)';
const ABOUT = ABOUT_NUMBER;
const FRAMED_COUNTS = [
  new RegExp(
    `(?:my|mijn|minu|our|onze|meie) (?:[a-z]+ )?${CLIENTS_NOUN} (?:are|zijn|on|include|number|omvatten)? ?${ABOUT}(\\d{1,5}) ([a-z]+)`,
  ),
  new RegExp(`${CLIENTS_NOUN} (?:[a-z]+ )?on (?:mul |minul )?${ABOUT}(\\d{1,5})(?: ([a-z]+))?`),
  new RegExp(`(?:minu|mu) (?:hallata|portfellis|vastutada) on ${ABOUT}(\\d{1,5}) ([a-z]+)`),
  new RegExp(
    `(?:klantenkring|klantenbestand|klantportefeuille|portefeuille|portfolio|book of business|book) (?:van|of) ${ABOUT}(\\d{1,5}) ([a-z]+)`,
  ),
  new RegExp(`(?<![\\d.,])(\\d{1,5}) ((?:[a-z]+ ){1,12}?)(?:are|zijn) (?:my|mijn) (?:own )?${CLIENTS_NOUN}`),
  new RegExp(
    `(?:^| )(?:tootan|teen koostood|hoian suhteid|suhtlen|i work with|ik werk met|(?:verkoop|verkopen) (?:[a-z]+ ){0,6}?aan|(?:i )?sells? (?:[a-z]+ ){0,6}?to|(?:i )?(?:manage|look after|looks after|service|serve|handle)|(?:ik )?(?:beheer|bedien)|haldan|teenindan|hooldan) ${ABOUT}(\\d{1,5}) ([a-z]+)`,
  ),
];
/** Nouns a framed number may count that are no clients: colleagues, places, time. */
const NOT_CLIENTS =
  /^(?:collega|colleague|kolleeg|people|mensen|inimes|medewerker|team|countr|land|landen|riik|riigi|market|markt|turg|turu|cit|stad|steden|linn|region|regio|state|provinc|maakon|jaar|year|aasta|maand|month|kuu|week|nadal|dag|day|paev|procent|percent|protsent)/;

function framedCount(counted: string): number | undefined {
  for (const frame of FRAMED_COUNTS) {
    const match = frame.exec(counted);
    if (!match) continue;
    const noun = (match[2] ?? '').trim().split(' ')[0];
    if (noun && (NOT_CLIENTS.test(noun) || NOT_COUNTED.test(noun) || NOT_ACCOUNTS.test(noun))) continue;
    const count = Number(match[1]);
    if (count < 2 || (count >= 1950 && count <= 2049)) continue;
    // "haldan ligikaudu 95 kontorit ja 20 kohvikut": a second count of another kind adds to the first.
    const more = FRAMED_MORE.exec(counted.slice(match.index + match[0].length));
    return more && !NOT_CLIENTS.test(more[2]) && !NOT_COUNTED.test(more[2]) ? count + Number(more[1]) : count;
  }
  return undefined;
}
const FRAMED_MORE = /^ (?:ja|en|and|plus) (\d{1,4}) ([a-z]+)/;

/** The clients a normalised sentence counts, or undefined. */
export function countedAccounts(counted: string): number | undefined {
  let clients: number | undefined;
  let owners: number | undefined;
  let chains: number | undefined;
  let outlets: number | undefined;
  ACCOUNTS.lastIndex = 0;
  for (let match = ACCOUNTS.exec(counted); match; match = ACCOUNTS.exec(counted)) {
    // "estimator for four, account executive since 2011": a title after the number, not accounts.
    if (
      NOT_COUNTED.test(match[2]) ||
      NOT_ACCOUNTS.test(match[3]) ||
      /^(?:manager|executive|director)/.test(match[4] ?? '')
    )
      continue;
    if (
      PREPOSITION_FIRST.test(match[2]) ||
      (match[2] && AGE_BEFORE.test(counted.slice(Math.max(0, match.index - 6), match.index)))
    )
      continue;
    if (TEAM_BEFORE.test(counted.slice(Math.max(0, match.index - 16), match.index))) continue;
    // "two senior bankers with their clients": the number counts what stands before the preposition.
    if (LINKING_WORD.test(match[2])) continue;
    const count = Number(match[1].replace(/[.\s]/g, ''));
    if (count >= 2 && count <= 1_000_000 && !(count >= 1950 && count <= 2049)) {
      const end = match.index + match[0].length;
      // The optional word after the noun may be the "ja" that joins a second count.
      const nounEnd = end - (match[4] ? match[4].length + 1 : 0);
      const andMore = AND_MORE.exec(counted.slice(end, end + 60));
      // "43 klienti ja umbes 210 apteeki": a count of clients named so is the whole; what follows is what they are.
      const accountsAnd =
        andMore || CLIENT_COUNT.test(match[3]) ? null : ACCOUNTS_AND.exec(counted.slice(nounEnd, nounEnd + 60));
      const more = andMore ?? accountsAnd;
      // The second count is this one's: it is not read again as a count of its own.
      if (accountsAnd) ACCOUNTS.lastIndex = Math.max(ACCOUNTS.lastIndex, nounEnd + accountsAnd[0].length);
      const outlet = OUTLET.test(match[3]) && !OWNER.test(match[3]);
      const total = count + (more ? Number(more[1]) : 0);
      if (outlet) outlets = Math.max(outlets ?? 0, total);
      else if (CLIENT_COUNT.test(match[3])) clients = Math.max(clients ?? 0, total);
      // "12 hospital chains (64 hospitals)": the chains named first are the accounts, what they own is not;
      // "9 haiglat ja 2 kliinikute ketti" adds the chains to what came before.
      else if ((OWNER.test(match[3]) || OWNER.test(match[4] ?? '')) && owners === undefined)
        chains = Math.max(chains ?? 0, total);
      else owners = Math.max(owners ?? 0, total);
    }
  }
  // "kokku 43 klienti ja umbes 210 apteeki": a count of clients named so says how many; the rest is what they are.
  if (clients !== undefined || chains !== undefined || owners !== undefined || outlets !== undefined)
    return clients ?? chains ?? owners ?? outlets;
  return framedCount(counted);
}

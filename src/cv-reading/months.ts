/*
 * Month and season names as CVs write them, and the months they stand for:
 * Dutch, Estonian and English, and French, German, Spanish, Portuguese,
 * Italian, Finnish, Polish, Romanian, Turkish, Lithuanian and Latvian too, since CVs of people who worked abroad keep
 * the dates as written there ("marzo 2012", "maaliskuu 2013", "wrzesień 2019").
 */
/** A "|" outside any group or class: where a list of alternatives splits. */
const TOP_LEVEL_BAR = /\|(?![^(]*\))(?![^[]*\])/;

/** Each way a month is written, one pattern each, starting with a plain letter. */
const MONTH_FORMS = [
  ...'jaan(?:uar)?|janv(?:ier)?|jan(?:uarie|uari|uary|uar)?|f[eé]vr(?:ier)?|feb(?:ruarie|ruari|ruary|r)?|veebr(?:uar)?|veeb|mrt|maart|m[aä]rz|mars|m[aä]r(?:ch|ts)?|avr(?:il)?|apr(?:il|ill)?|mei|may|mai|juin|juil(?:let)?|junie|jun[ie]?|juuni|julie|jul[iy]?|juuli|ao[uû]t|aug(?:ustus|ust)?|sept?(?:ember|embre)?|o[kc]t(?:ober|oober|obre)?|nov(?:ember|embre)?|d[eé]c(?:embre)?|de[cz](?:ember)?|dets(?:ember)?'.split(
    TOP_LEVEL_BAR,
  ),
  ...'enero|febrero|fevereiro|febbraio|gennaio|janeiro|marzo|mar[cç]o|abril|aprile|mayo|maio|maggio|junio|junho|giugno|julio|julho|luglio|agosto|se[pt]tiembre|setembro|settembre|octubre|outubro|ottobre|noviembre|novembro|diciembre|dezembro|dicembre'.split(
    TOP_LEVEL_BAR,
  ),
  ...'tammi|helmi|maalis|huhti|touko|kes[aä]|hein[aä]|elo|syys|loka|marras|joulu'
    .split('|')
    .map((stem) => `${stem}kuu(?:ta)?`),
  // Romanian, Turkish, Lithuanian and Latvian, as CVs of people who worked there write their dates.
  ...'ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|ocak|subat|şubat|mart|nisan|may[iı]s|haziran|temmuz|a[gğ]ustos|eyl[uü]l|ekim|kas[iı]m|aral[iı]k|sausis|sausio|vasaris|vasario|kovas|kovo|balandis|balandžio|gegu[zž][eė]s?|bir[zž]elis|bir[zž]elio|liepa|liepos|rugpj[uū]tis|rugpj[uū][cč]io|rugs[eė]jis|rugs[eė]jo|spalis|spalio|lapkritis|lapkri[cč]io|gruodis|gruod[zž]io|janv[aā]ris|febru[aā]ris|marts|apr[iī]lis|maijs|j[uū]nijs|j[uū]lijs|augusts|septembris|oktobris|novembris|decembris'.split(
    TOP_LEVEL_BAR,
  ),
  ...'stycze[nń]|stycznia|luty|lutego|marzec|marca|kwiecie[nń]|kwietnia|maja?|czerwiec|czerwca|lipiec|lipca|sierpie[nń]|sierpnia|wrzesie[nń]|wrze[sś]nia|pa[zź]dziernika?|listopada?|grudzie[nń]|grudnia'.split(
    TOP_LEVEL_BAR,
  ),
];

/**
 * The month forms as one pattern, grouped by their first letter: a place in a
 * line that starts with no month's letter fails at once instead of trying
 * every form, which keeps the period patterns fast over a whole CV.
 */
export const MONTH_NAME = [...new Set(MONTH_FORMS.map((form) => form[0]))]
  .map(
    (letter) =>
      `${letter}(?:${MONTH_FORMS.filter((form) => form[0] === letter)
        .map((form) => form.slice(1))
        .join('|')})`,
  )
  .join('|');

/** Seasons stand for their months: "spring 2019", "voorjaar 2019", "kevad 2019" (and "kevadel", "in spring"). */
export const SEASON =
  'spring|voorjaar|lente|kevad(?:el)?|summer|zomer|suvi|suvel|autumn|fall|najaar|herfst|s[uü]gis(?:el)?|winter|talv(?:el)?';

/** A month name or abbreviation as 1–12, or 0. */
export function monthNumber(name: string): number {
  const word = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  if (word.startsWith('juun') || word.startsWith('juin')) return 6;
  if (word.startsWith('juul') || word.startsWith('juil')) return 7;
  // Finnish November, not March.
  if (word.startsWith('marr')) return 11;
  // Lithuanian August and September share their first letters.
  if (word.startsWith('rugp')) return 8;
  if (word.startsWith('rugs')) return 9;
  const prefix = word.slice(0, 3);
  return MONTH_PREFIX[prefix] ?? 0;
}

const MONTH_PREFIX: Record<string, number> = {
  jan: 1,
  fev: 2,
  avr: 4,
  aou: 8,
  jaa: 1,
  feb: 2,
  vee: 2,
  mrt: 3,
  maa: 3,
  mar: 3,
  apr: 4,
  mei: 5,
  may: 5,
  mai: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  okt: 10,
  oct: 10,
  nov: 11,
  dec: 12,
  dez: 12,
  det: 12,
  ene: 1,
  gen: 1,
  abr: 4,
  mag: 5,
  giu: 6,
  lug: 7,
  ago: 8,
  set: 9,
  out: 10,
  ott: 10,
  dic: 12,
  tam: 1,
  hel: 2,
  huh: 4,
  tou: 5,
  kes: 6,
  hei: 7,
  elo: 8,
  syy: 9,
  lok: 10,
  jou: 12,
  sty: 1,
  lut: 2,
  kwi: 4,
  maj: 5,
  cze: 6,
  lip: 7,
  sie: 8,
  wrz: 9,
  paz: 10,
  lis: 11,
  gru: 12,
  ian: 1,
  iun: 6,
  iul: 7,
  noi: 11,
  oca: 1,
  sub: 2,
  nis: 4,
  haz: 6,
  tem: 7,
  agu: 8,
  eyl: 9,
  eki: 10,
  kas: 11,
  ara: 12,
  sau: 1,
  vas: 2,
  kov: 3,
  bal: 4,
  geg: 5,
  bir: 6,
  lie: 7,
  spa: 10,
  lap: 11,
};

/** A season's first month, or for an end its last (winter: January and February of its year), or 0. */
export function seasonMonth(name: string, end: boolean): number {
  const word = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
  const season = SEASONS.find(([pattern]) => pattern.test(word));
  return season ? season[end ? 2 : 1] : 0;
}

const SEASONS: [RegExp, number, number][] = [
  [/^(?:spring|voorjaar|lente|kevad)/, 3, 5],
  [/^(?:summer|zomer|suv)/, 6, 8],
  [/^(?:autumn|fall|najaar|herfst|sugis)/, 9, 11],
  [/^(?:winter|talv)/, 1, 2],
];

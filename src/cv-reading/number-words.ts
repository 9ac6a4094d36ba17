/*
 * Numbers written as words in English, Dutch and Estonian (normalised: no
 * accents, hyphens as spaces), as CVs write client counts: "twenty-five key
 * accounts", "vijfentwintig dealers", "kolmekümne kliendi" (Estonian
 * inflects the numeral with its noun), "kakskümmend viis klienti".
 */
const UNITS: Record<string, number> = {};
const TENS: Record<string, number> = {};

function name(table: Record<string, number>, list: string, from: number, step = 1): void {
  list.split('|').forEach((group, i) => {
    for (const word of group.split(' ')) table[word] = from + i * step;
  });
}

// "een"/"one"/"üks" are left out: as articles they would count everything.
name(
  UNITS,
  'two twee kaks kahe|three drie kolm kolme|four vier neli nelja|five vijf viis viie|six zes kuus kuue|' +
    'seven zeven seitse seitsme|eight acht kaheksa|nine negen uheksa',
  2,
);
name(
  UNITS,
  'ten tien kumme kumne|eleven elf uksteist|twelve twaalf kaksteist|thirteen dertien kolmteist|' +
    'fourteen veertien neliteist|fifteen vijftien viisteist|sixteen zestien kuusteist|seventeen zeventien seitseteist|' +
    'eighteen achttien kaheksateist|nineteen negentien uheksateist',
  10,
);
name(
  TENS,
  'twenty twintig kakskummend kahekumne|thirty dertig kolmkummend kolmekumne|forty veertig nelikummend neljakumne|' +
    'fifty vijftig viiskummend viiekumne|sixty zestig kuuskummend kuuekumne|seventy zeventig seitsekummend seitsmekumne|' +
    'eighty tachtig kaheksakummend|ninety negentig uheksakummend',
  20,
  10,
);

/** Dutch writes the unit first: "vijfentwintig", "drieentwintig". */
const DUTCH_COMPOUND = new RegExp(
  `^(een|twee|drie|vier|vijf|zes|zeven|acht|negen)en(${Object.keys(TENS)
    .filter((w) => /ig$/.test(w))
    .join('|')})$`,
);
const DUTCH_UNIT: Record<string, number> = {
  een: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
};

/** A normalised text with its number words as digits; other words untouched. */
export function numbersAsDigits(norm: string): string {
  const words = norm.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const compound = DUTCH_COMPOUND.exec(word);
    if (compound) {
      out.push(String(DUTCH_UNIT[compound[1]] + TENS[compound[2]]));
    } else if (TENS[word] !== undefined) {
      const unit = UNITS[words[i + 1]];
      if (unit !== undefined && unit < 10) {
        out.push(String(TENS[word] + unit));
        i++;
      } else out.push(String(TENS[word]));
    } else if (UNITS[word] !== undefined) {
      out.push(String(UNITS[word]));
    } else out.push(word);
  }
  return out.join(' ');
}

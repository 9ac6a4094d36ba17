/*
 * Text that was UTF-8, read once as Windows-1252 and saved again as UTF-8:
 * "Iâ€™ve", "â‚¬6.2m", "ColÃ¡iste". It happens when a CV passes through an
 * old form or mail client, and it breaks every word and date separator the
 * reader looks for. Each run of characters that were once the bytes of one
 * UTF-8 character is turned back into it.
 */

/** Windows-1252's characters for the bytes 0x80–0x9F, where it differs from Latin-1. */
const CP1252_HIGH: Record<number, number> = {
  0x20ac: 0x80,
  0x201a: 0x82,
  0x0192: 0x83,
  0x201e: 0x84,
  0x2026: 0x85,
  0x2020: 0x86,
  0x2021: 0x87,
  0x02c6: 0x88,
  0x2030: 0x89,
  0x0160: 0x8a,
  0x2039: 0x8b,
  0x0152: 0x8c,
  0x017d: 0x8e,
  0x2018: 0x91,
  0x2019: 0x92,
  0x201c: 0x93,
  0x201d: 0x94,
  0x2022: 0x95,
  0x2013: 0x96,
  0x2014: 0x97,
  0x02dc: 0x98,
  0x2122: 0x99,
  0x0161: 0x9a,
  0x203a: 0x9b,
  0x0153: 0x9c,
  0x017e: 0x9e,
  0x0178: 0x9f,
};
const CONTINUATION = `[\\u0080-\\u00bf${Object.keys(CP1252_HIGH)
  .map((code) => `\\u${Number(code).toString(16).padStart(4, '0')}`)
  .join('')}]`;
/** A UTF-8 lead byte read as a character, then the one to three continuation bytes it announces. */
const RUN = new RegExp(
  `[\\u00c2-\\u00df]${CONTINUATION}|[\\u00e0-\\u00ef]${CONTINUATION}{2}|[\\u00f0-\\u00f4]${CONTINUATION}{3}`,
  'g',
);
/** What a repaired character may be: letters with accents, punctuation, currency, Cyrillic, arrows, symbols. */
const PLAUSIBLE = /^[\u00a0-\u024f\u0400-\u04ff\u2000-\u206f\u20a0-\u20cf\u2100-\u21ff\u2500-\u27bf]$/u;
const decoder = new TextDecoder('utf-8', { fatal: true });

function byteOf(char: string): number {
  const code = char.charCodeAt(0);
  return code <= 0xff ? code : CP1252_HIGH[code];
}

/** The text with each mis-decoded UTF-8 character restored; text without such runs comes back unchanged. */
export function repairMojibake(text: string): string {
  return text.replace(RUN, (run) => {
    try {
      const repaired = decoder.decode(Uint8Array.from([...run].map(byteOf)));
      return PLAUSIBLE.test(repaired) ? repaired : run;
    } catch {
      return run;
    }
  });
}

/** Why bytes are not readable text, for the caller to word as an error. */
export type TextProblem = 'nul_bytes' | 'binary' | 'not_utf8';

export type DecodedText =
  | {
      ok: true;
      text: string;
      encoding: string;
      /** True when the bytes held more than `maxChars` characters and the rest was left unread. */
      cut: boolean;
    }
  | { ok: false; problem: TextProblem };

/** Bytes decoded at a time: the file is read in slices, never turned into one string whole. */
const SLICE_BYTES = 64 * 1024;
/** How far back from the limit a cut looks for a line break, so as not to end mid-line. */
const CUT_LOOKBACK = 2000;

const UTF8_BOM = [0xef, 0xbb, 0xbf];
/** More control characters than this share of the text means binary data, not a CV. */
const MAX_CONTROL_SHARE = 0.01;

function startsWith(bytes: Buffer, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function controlShare(text: string): number {
  let controls = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // Tab, line feed, form feed and carriage return are layout, not binary.
    if ((code < 0x20 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 0x7f) controls++;
    else if (code >= 0x80 && code < 0xa0) controls++;
  }
  return text.length === 0 ? 0 : controls / text.length;
}

function latin1Share(bytes: Buffer): number {
  let controls = 0;
  for (const byte of bytes) {
    if ((byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 12 && byte !== 13) || byte === 0x7f) controls++;
  }
  return bytes.length === 0 ? 0 : controls / bytes.length;
}

/**
 * Decodes a text CV: UTF-8 (with or without BOM) or UTF-16 with a BOM; the BOM is dropped
 * and line breaks become \n. Anything with NUL bytes or many control characters is binary.
 * Text that is not UTF-8 yet has no control characters is most likely an old 8-bit
 * encoding (Windows-1252): reported apart, because the fix ("save as UTF-8") differs.
 *
 * At most `maxChars` characters are read: the bytes are decoded slice by slice and the
 * reading stops once the limit is passed, so a 10 MB file costs the limit, not its size.
 * The text is then cut at the last line break before the limit (or at the limit).
 */
export function decodeText(bytes: Buffer, maxChars = Number.POSITIVE_INFINITY): DecodedText {
  let encoding = 'utf-8';
  let body = bytes;
  if (startsWith(bytes, UTF8_BOM)) {
    body = bytes.subarray(3);
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    encoding = 'utf-16le';
    body = bytes.subarray(2);
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    encoding = 'utf-16be';
    body = bytes.subarray(2);
  }
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  const slices: string[] = [];
  let length = 0;
  let offset = 0;
  try {
    while (offset < body.length && length <= maxChars) {
      const slice = body.subarray(offset, offset + SLICE_BYTES);
      offset += slice.length;
      if (encoding === 'utf-8' && slice.includes(0)) return { ok: false, problem: 'nul_bytes' };
      const text = decoder.decode(slice, { stream: offset < body.length });
      slices.push(text);
      length += text.length;
    }
  } catch {
    if (encoding !== 'utf-8') return { ok: false, problem: 'binary' };
    return { ok: false, problem: latin1Share(body.subarray(0, offset)) > MAX_CONTROL_SHARE ? 'binary' : 'not_utf8' };
  }
  const cut = length > maxChars || offset < body.length;
  let text = slices.join('');
  if (cut) text = cutAt(text, maxChars);
  if (text.includes('\u0000')) return { ok: false, problem: 'nul_bytes' };
  if (controlShare(text) > MAX_CONTROL_SHARE) return { ok: false, problem: 'binary' };
  return { ok: true, text: text.replace(/\r\n?/g, '\n'), encoding, cut };
}

/** The text up to `maxChars`, ended at a line break near the limit, never inside a surrogate pair. */
function cutAt(text: string, maxChars: number): string {
  let end = Math.min(text.length, maxChars);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  const lineEnd = text.lastIndexOf('\n', end - 1);
  if (lineEnd > 0 && end - lineEnd <= CUT_LOOKBACK) end = lineEnd;
  return text.slice(0, end);
}

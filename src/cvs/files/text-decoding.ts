/** Why bytes are not readable text, for the caller to word as an error. */
export type TextProblem = 'nul_bytes' | 'binary' | 'not_utf8';

export type DecodedText = { ok: true; text: string; encoding: string } | { ok: false; problem: TextProblem };

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
 */
export function decodeText(bytes: Buffer): DecodedText {
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
  if (encoding === 'utf-8' && body.includes(0)) return { ok: false, problem: 'nul_bytes' };
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    if (encoding !== 'utf-8') return { ok: false, problem: 'binary' };
    return { ok: false, problem: latin1Share(body) > MAX_CONTROL_SHARE ? 'binary' : 'not_utf8' };
  }
  if (text.includes('\u0000')) return { ok: false, problem: 'nul_bytes' };
  if (controlShare(text) > MAX_CONTROL_SHARE) return { ok: false, problem: 'binary' };
  return { ok: true, text: text.replace(/\r\n?/g, '\n'), encoding };
}

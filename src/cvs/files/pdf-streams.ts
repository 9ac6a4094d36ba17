import { constants, inflateRawSync } from 'node:zlib';

/**
 * pdf.js inflates a PDF's streams into typed arrays, which live outside the V8 heap and so
 * outside a worker's heap limit: a 1 MB PDF whose page content is a gigabyte of deflated
 * zeros took 17 s and 1.7 GB of memory. Before pdf.js sees a PDF, every deflated stream is
 * inflated here by zlib under one budget for the whole file, which takes milliseconds and
 * never holds more than the budget.
 */

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');
const OBJECT_HEADER = /\bobj\b/g;
/** A stream's dictionary is never this long in practice; a longer one is not looked into. */
const MAX_DICTIONARY = 4096;

function dictionaryBefore(bytes: Buffer, at: number): string {
  const text = bytes.toString('latin1', Math.max(0, at - MAX_DICTIONARY), at);
  let start = -1;
  for (const match of text.matchAll(OBJECT_HEADER)) start = match.index + 3;
  return start < 0 ? '' : text.slice(start);
}

function dataStart(bytes: Buffer, keywordEnd: number): number {
  if (bytes[keywordEnd] === 0x0d && bytes[keywordEnd + 1] === 0x0a) return keywordEnd + 2;
  if (bytes[keywordEnd] === 0x0a || bytes[keywordEnd] === 0x0d) return keywordEnd + 1;
  return -1;
}

/** Trusts /Length only when "endstream" really follows it, as pdf.js does. */
function dataEnd(bytes: Buffer, start: number, dictionary: string): number {
  const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dictionary);
  if (length) {
    const end = start + Number(length[1]);
    const after = bytes.toString('latin1', end, Math.min(bytes.length, end + 12 + END_STREAM.length));
    if (/^\s*endstream/.test(after)) return end;
  }
  const end = bytes.indexOf(END_STREAM, start);
  return end < 0 ? bytes.length : end;
}

/**
 * pdf.js reads the zlib header and ignores the checksum at the end, so the check does too:
 * it inflates the raw deflate data after the header. A sync flush lets a cut-off stream
 * yield what it holds, as pdf.js's decoder does.
 */
function inflate(data: Buffer, limit: number): Buffer | 'too_large' | undefined {
  const header = data.length >= 2 && (data[0] & 0x0f) === 8 && ((data[0] << 8) | data[1]) % 31 === 0;
  if (!header) return undefined;
  try {
    return inflateRawSync(data.subarray(2), { maxOutputLength: limit + 1, finishFlush: constants.Z_SYNC_FLUSH });
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? 'too_large' : undefined;
  }
}

/**
 * True when the PDF's deflated streams together inflate past `maxBytes`. Streams deflated
 * twice over are inflated twice; streams in other encodings are counted as stored.
 */
export function pdfStreamsInflatePast(bytes: Buffer, maxBytes: number, checkDeadline: () => void): boolean {
  let total = 0;
  for (let at = bytes.indexOf(STREAM); at >= 0; at = bytes.indexOf(STREAM, at + STREAM.length)) {
    if (at >= 3 && bytes.toString('latin1', at - 3, at) === 'end') continue;
    const start = dataStart(bytes, at + STREAM.length);
    if (start < 0) continue;
    checkDeadline();
    const dictionary = dictionaryBefore(bytes, at);
    const end = dataEnd(bytes, start, dictionary);
    const passes = (dictionary.match(/\/FlateDecode\b|\/Fl\b/g) ?? []).length;
    let data: Buffer | 'too_large' | undefined = bytes.subarray(start, end);
    for (let pass = 0; pass < passes && data instanceof Buffer; pass++) data = inflate(data, maxBytes - total);
    if (data === 'too_large') return true;
    total += data?.length ?? 0;
    if (total > maxBytes) return true;
    at = Math.max(at, end);
  }
  return false;
}

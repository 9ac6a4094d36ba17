import {
  CvCorruptError,
  CvEncryptedError,
  CvTooLargeError,
  CvUnpacksTooLargeError,
  CvUnsupportedTypeError,
} from './cv-file.errors';
import { decodeText } from './text-decoding';
import { CvFormat, CvLimits } from './types';
import { listZipEntries, looksLikeZip, ZipEntry, ZipFormatError, ZipLimitError } from './zip';

/** Readers accept a PDF header after some leading junk (mail gateways prepend bytes). */
const PDF_HEADER_WINDOW = 1024;
/** A DOCX has a few dozen parts; thousands mean a crafted archive. */
export const MAX_ZIP_ENTRIES = 2000;

interface Signature {
  bytes: (number | null)[];
  at?: number;
  content: string;
  advice?: string;
}

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));
const SAVE_AS_PDF = 'Save or export the CV as PDF';

/** Formats recognised only to say what the file is; `null` matches any byte. */
const SIGNATURES: Signature[] = [
  { bytes: [0x89, ...ascii('PNG')], content: 'a PNG image', advice: SAVE_AS_PDF },
  { bytes: [0xff, 0xd8, 0xff], content: 'a JPEG image', advice: SAVE_AS_PDF },
  { bytes: ascii('GIF8'), content: 'a GIF image', advice: SAVE_AS_PDF },
  { bytes: [0x49, 0x49, 0x2a, 0x00], content: 'a TIFF image', advice: SAVE_AS_PDF },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], content: 'a TIFF image', advice: SAVE_AS_PDF },
  { bytes: [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')], content: 'a WebP image', advice: SAVE_AS_PDF },
  { bytes: ascii('ftyp'), at: 4, content: 'a video or HEIC photo', advice: SAVE_AS_PDF },
  { bytes: ascii('Rar!\x1a\x07'), content: 'a RAR archive', advice: 'Unpack it and upload the CV itself' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], content: 'a 7-Zip archive', advice: 'Unpack it first' },
  { bytes: [0x1f, 0x8b], content: 'a gzip archive', advice: 'Unpack it and upload the CV itself' },
  { bytes: ascii('BZh'), content: 'a bzip2 archive', advice: 'Unpack it and upload the CV itself' },
  { bytes: [0x7f, ...ascii('ELF')], content: 'a program (Linux executable)' },
  { bytes: [0xcf, 0xfa, 0xed, 0xfe], content: 'a program (macOS executable)' },
  { bytes: [0xfe, 0xed, 0xfa, 0xcf], content: 'a program (macOS executable)' },
  { bytes: ascii('{\\rtf'), content: 'a Rich Text (RTF) document', advice: 'Save it as .docx or PDF' },
  { bytes: ascii('%!PS'), content: 'a PostScript document', advice: SAVE_AS_PDF },
];

function matches(bytes: Buffer, signature: Signature): boolean {
  const at = signature.at ?? 0;
  return signature.bytes.every((byte, index) => byte === null || bytes[at + index] === byte);
}

/** OLE compound files hold their stream names in UTF-16LE; the names say what the file is. */
function hasStreamName(bytes: Buffer, name: string): boolean {
  return bytes.includes(Buffer.from(name, 'utf16le'));
}

function describeOle(bytes: Buffer, fileName?: string): never {
  if (hasStreamName(bytes, 'EncryptedPackage')) throw new CvEncryptedError(fileName, 'Word document');
  if (hasStreamName(bytes, 'WordDocument')) {
    throw new CvUnsupportedTypeError(
      fileName,
      'an old-style Word document (.doc, Word 97-2003)',
      'Open it in Word and save it as .docx or PDF',
    );
  }
  const kind = hasStreamName(bytes, 'Workbook')
    ? 'an old-style Excel workbook (.xls)'
    : hasStreamName(bytes, 'PowerPoint Document')
      ? 'an old-style PowerPoint file (.ppt)'
      : 'an old-style Office file';
  throw new CvUnsupportedTypeError(fileName, kind, SAVE_AS_PDF);
}

function describeZip(bytes: Buffer, fileName?: string): CvFormat {
  let entries: ZipEntry[];
  try {
    entries = listZipEntries(bytes, MAX_ZIP_ENTRIES);
  } catch (error) {
    if (error instanceof ZipLimitError) throw new CvUnpacksTooLargeError(fileName, error.message);
    if (error instanceof ZipFormatError) throw new CvCorruptError(fileName, error.message);
    throw error;
  }
  const names = new Set(entries.map((entry) => entry.name));
  if (names.has('[Content_Types].xml') && names.has('word/document.xml')) {
    if (entries.some((entry) => entry.encrypted)) throw new CvEncryptedError(fileName, 'Word document');
    return 'docx';
  }
  if (names.has('mimetype') && [...names].some((name) => name === 'content.xml')) {
    throw new CvUnsupportedTypeError(
      fileName,
      'an OpenDocument file (.odt, from LibreOffice or OpenOffice)',
      'Save it as .docx or PDF',
    );
  }
  if (names.has('[Content_Types].xml')) {
    if ([...names].some((name) => name.startsWith('word/'))) {
      throw new CvCorruptError(
        fileName,
        'it is a damaged Word document (its main text part, word/document.xml, is missing)',
      );
    }
    const kind = names.has('xl/workbook.xml')
      ? 'an Excel workbook (.xlsx)'
      : names.has('ppt/presentation.xml')
        ? 'a PowerPoint presentation (.pptx)'
        : 'an Office file other than a Word document';
    throw new CvUnsupportedTypeError(fileName, kind, SAVE_AS_PDF);
  }
  throw new CvUnsupportedTypeError(fileName, 'a ZIP archive', 'Unpack it and upload the CV itself');
}

function isJsonResume(text: string): boolean | 'json' {
  const trimmed = text.trimStart();
  if (!trimmed.startsWith('{')) return false;
  try {
    const value: unknown = JSON.parse(trimmed);
    const basics = (value as { basics?: unknown }).basics;
    return typeof basics === 'object' && basics !== null && !Array.isArray(basics) ? true : 'json';
  } catch {
    return false;
  }
}

/** Characters of a text file read to decide what it is; the rest is read only when it is a CV. */
const SNIFF_CHARS = 64 * 1024;

/** Markup at the start of a file, after any BOM and white space. */
const MARKUP_START =
  /^\s*<(\?xml|!doctype\s+(html|svg)|!--|html[\s>]|head[\s>]|body[\s>]|svg[\s>:]|script[\s>]|iframe[\s>]|math[\s>]|xsl:)/i;
/** Elements that carry scripts or other active content, wherever they sit in the first part of a file. */
const ACTIVE_MARKUP = /<(script|svg|iframe|object|embed|foreignObject)[\s>/]/i;

/**
 * Web pages, SVG images and other markup are text, but their markup would reach the reader
 * as words, the offsets the reader stores would point into tags, and a script in them is
 * kept and served back with the file. Stripping markup properly needs a full parser; saving
 * the page as PDF is one click for the recruiter, so it is refused with that advice.
 */
function markupIn(text: string): string | undefined {
  const start = MARKUP_START.exec(text)?.[1]?.toLowerCase();
  if (start === undefined) {
    return ACTIVE_MARKUP.test(text) ? 'text with markup that can run scripts (HTML or SVG)' : undefined;
  }
  if (start.includes('svg') || /<svg[\s>]/i.test(text)) return 'an SVG image (markup)';
  if (/^(\?xml|xsl|math)/.test(start)) return 'XML (markup)';
  return 'a web page (HTML)';
}

/**
 * Size first (before anything parses the file), then the type by content. Here, beside the sniffing and
 * away from the readers, because the thread that serves requests calls it: importing the readers there
 * loaded pdf.js, whose bundled polyfills replace JSON.parse and Array.prototype.push for the whole
 * process with slower copies, and mammoth, some 20 MB of resident memory that thread never uses.
 */
export function checkCvFile(bytes: Buffer, fileName: string | undefined, limits: CvLimits): CvFormat {
  if (bytes.length > limits.maxBytes) throw new CvTooLargeError(fileName, bytes.length, limits.maxBytes);
  return detectCvFormat(bytes, fileName);
}

/**
 * Decides what a CV file is from its content; the file name only words the message.
 * Throws CV_UNSUPPORTED_TYPE, CV_ENCRYPTED, CV_CORRUPT (or CV_UNPACKS_TOO_LARGE for a
 * ZIP listing absurdly many parts).
 */
export function detectCvFormat(bytes: Buffer, fileName?: string): CvFormat {
  if (bytes.length === 0) throw new CvCorruptError(fileName, 'it is empty');
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (looksLikeZip(bytes)) return describeZip(bytes, fileName);
  if (matches(bytes, { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], content: '' })) {
    return describeOle(bytes, fileName);
  }
  const known = SIGNATURES.find((signature) => matches(bytes, signature));
  if (known) throw new CvUnsupportedTypeError(fileName, known.content, known.advice);
  // "MZ" alone can start a text file; an executable also carries NUL bytes in its header.
  if (bytes[0] === 0x4d && bytes[1] === 0x5a && bytes.subarray(0, 64).includes(0)) {
    throw new CvUnsupportedTypeError(fileName, 'a program (Windows executable)');
  }
  if (bytes.subarray(0, PDF_HEADER_WINDOW + 5).includes('%PDF-')) return 'pdf';
  const decoded = decodeText(bytes, SNIFF_CHARS);
  if (!decoded.ok) {
    if (decoded.problem === 'not_utf8') {
      throw new CvCorruptError(
        fileName,
        'it looks like text but is not in UTF-8 (perhaps an older encoding such as Windows-1252). ' +
          'Save it as UTF-8 text, .docx or PDF',
      );
    }
    throw new CvUnsupportedTypeError(fileName, 'binary data, not text or a document');
  }
  // A JSON document can only be told apart whole; anything else by its first part.
  const whole = decoded.cut && decoded.text.trimStart().startsWith('{') ? decodeText(bytes) : decoded;
  const json = whole.ok ? isJsonResume(whole.text) : false;
  if (json === true) return 'json_resume';
  if (json === 'json') {
    throw new CvUnsupportedTypeError(fileName, 'JSON but not a JSON Resume (it has no "basics" object)');
  }
  const markup = markupIn(decoded.text);
  if (markup) throw new CvUnsupportedTypeError(fileName, markup, SAVE_AS_PDF);
  return 'text';
}

import mammoth from 'mammoth';
import { DocxElement, docxText } from './docx-text';
import { CvCorruptError, CvReadTimeoutError, CvUnpacksTooLargeError } from './cv-file.errors';
import { pdfStreamsInflatePast } from './pdf-streams';
import { readPdfText } from './pdf-text';
import { checkCvFile, MAX_ZIP_ENTRIES } from './sniff';
import { repairMojibake } from './mojibake';
import { decodeText } from './text-decoding';
import { CvLimits, ExtractedCv } from './types';
import { checkZipUnpackedSize, listZipEntries, ZipFormatError, ZipLimitError } from './zip';

/** Fewer letters than this on all pages means a scan: an image of text, no text layer. */
const MIN_LETTERS = 20;

/**
 * Trims each line's spaces and keeps line breaks: spans the reader stores point into this. A tab or a run
 * of three spaces or more inside a line sets columns apart ("2014 –      Müügijuht"), and is kept as the
 * " | " a Word table's cells and a PDF's get; after a colon or a comma it only aligns what follows, and is a space.
 */
export function normaliseLines(text: string): string {
  return repairMojibake(text)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .trim()
        .replace(COLUMN_GAP, (gap: string, at: number, whole: string) =>
          /[:,;]/.test(whole[at - 1] ?? '') ? ' ' : ' | ',
        )
        .replace(/[^\S\n]+/g, ' ')
        .replace(/ ?\|(?: ?\|)+ ?/g, ' | '),
    )
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const COLUMN_GAP = /[^\S\n]*(?:\t|[^\S\n]{3})[^\S\n]*/g;

function unpacksPast(limits: CvLimits): string {
  return `unpacks to more than ${Math.round(limits.maxUncompressedBytes / (1024 * 1024))} MB`;
}

function countLetters(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

async function readDocx(
  bytes: Buffer,
  fileName: string | undefined,
  limits: CvLimits,
  checkDeadline: () => void,
): Promise<string> {
  try {
    const entries = listZipEntries(bytes, MAX_ZIP_ENTRIES);
    checkZipUnpackedSize(bytes, entries, limits.maxUncompressedBytes, checkDeadline);
  } catch (error) {
    if (error instanceof ZipLimitError) {
      const detail = error.reason === 'entries' ? error.message : unpacksPast(limits);
      throw new CvUnpacksTooLargeError(fileName, detail);
    }
    if (error instanceof ZipFormatError) throw new CvCorruptError(fileName, error.message);
    throw error;
  }
  checkDeadline();
  try {
    // mammoth reads the document's model; its rows, lists and paragraphs are laid out here (docx-text.ts),
    // and no HTML is written: the document handed back is empty.
    let text = '';
    await mammoth.convertToHtml(
      { buffer: bytes },
      {
        transformDocument: (document: DocxElement) => {
          text = docxText(document);
          return { ...document, children: [] };
        },
      },
    );
    return text.replace(/\r\n?/g, '\n');
  } catch {
    throw new CvCorruptError(fileName, 'it is a damaged Word document');
  }
}

/**
 * Reads a CV's text in the current thread. Deadlines are checked between steps (pages, ZIP
 * parts) only; one step that hangs is stopped by the worker pool terminating its thread.
 */
export async function extractCvText(
  bytes: Buffer,
  fileName: string | undefined,
  limits: CvLimits,
): Promise<ExtractedCv> {
  const started = Date.now();
  const checkDeadline = () => {
    if (Date.now() - started > limits.parseTimeoutMs) throw new CvReadTimeoutError(fileName, limits.parseTimeoutMs);
  };
  const format = checkCvFile(bytes, fileName, limits);
  switch (format) {
    case 'pdf': {
      if (pdfStreamsInflatePast(bytes, limits.maxUncompressedBytes, checkDeadline)) {
        throw new CvUnpacksTooLargeError(fileName, unpacksPast(limits));
      }
      const { text, pages } = await readPdfText(
        bytes,
        fileName,
        // An attachment larger than a CV may be is not read: it would cost more than the drawn text.
        { maxPages: limits.maxPages, maxAttachmentBytes: limits.maxBytes },
        checkDeadline,
      );
      const final = normaliseLines(text);
      if (countLetters(final) < MIN_LETTERS) return { format, text: '', pages, hasText: false };
      return { format, text: final, pages, hasText: true };
    }
    case 'docx': {
      const text = normaliseLines(await readDocx(bytes, fileName, limits, checkDeadline));
      return { format, text, pages: null, hasText: countLetters(text) > 0 };
    }
    case 'text':
    case 'json_resume': {
      // A JSON Resume is read whole (it is bounded by the file size); plain text up to the limit.
      const decoded = decodeText(bytes, format === 'text' ? limits.maxTextChars : undefined);
      if (!decoded.ok) throw new CvCorruptError(fileName, 'it is not readable text');
      const text = format === 'text' ? normaliseLines(decoded.text) : decoded.text;
      const cut = decoded.cut ? { cutAtChars: decoded.text.length } : {};
      return { format, text, pages: null, hasText: countLetters(text) > 0, ...cut };
    }
  }
}

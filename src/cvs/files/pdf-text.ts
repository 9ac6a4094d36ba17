import { PDFParse } from 'pdf-parse';
import { DomainError } from '../../common/errors/domain-error';
import { CvCorruptError, CvEncryptedError, CvTooManyPagesError } from './cv-file.errors';
import { europassFromAttachments } from './europass';
import { layOutPage, PlacedText } from './pdf-layout';

/** The parts of pdf.js's document and page that are used here. */
interface PdfPage {
  getViewport(options: { scale: number }): { width: number; convertToViewportPoint(x: number, y: number): number[] };
  getTextContent(): Promise<{ items: unknown[] }>;
  cleanup(): void;
}
interface PdfDocument {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfPage>;
  getAttachments(): Promise<unknown>;
}
interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/**
 * pdf-parse's getText joins text items by their order in the content stream only, which
 * interleaves two-column CVs line by line when the writer emitted them row by row. Its
 * load() (private in its typings, a plain method at run time, pinned by version in
 * package.json) hands out pdf.js's document, whose pages give items with positions;
 * pdf-layout.ts orders those. load() also turns pdf.js's errors into PasswordException
 * and InvalidPDFException, which the catch below relies on.
 */
function loadDocument(parser: PDFParse): Promise<PdfDocument> {
  return (parser as unknown as { load(): Promise<PdfDocument> }).load();
}

function isTextItem(item: unknown): item is TextItem {
  return typeof (item as TextItem).str === 'string' && Array.isArray((item as TextItem).transform);
}

async function pageLines(page: PdfPage): Promise<string[]> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const placed: PlacedText[] = [];
  for (const item of content.items) {
    if (!isTextItem(item)) continue;
    const [x, y] = viewport.convertToViewportPoint(item.transform[4], item.transform[5]);
    const size = Math.hypot(item.transform[2], item.transform[3]) || item.height;
    placed.push({ text: item.str, x, y, width: item.width, size });
  }
  return layOutPage(placed, viewport.width);
}

export interface PdfText {
  text: string;
  pages: number;
}

/**
 * The rendering of the PDF's embedded Europass document, if it has one. pdf.js decodes the
 * attached files' streams, which the inflation check before it has bounded; a file past
 * `maxBytes` is not parsed. An attachment that cannot be read leaves the drawn text to read.
 */
async function embeddedEuropass(document: PdfDocument, maxBytes: number): Promise<string | undefined> {
  const attachments = await document.getAttachments().catch(() => null);
  return europassFromAttachments(attachments, maxBytes);
}

/** Whatever else pdf.js throws on a hostile or broken file means the file cannot be read. */
function translate(error: unknown, fileName: string | undefined): unknown {
  if (error instanceof DomainError) return error;
  if ((error as Error | undefined)?.name === 'PasswordException') return new CvEncryptedError(fileName, 'PDF');
  return new CvCorruptError(fileName, 'it is not a complete PDF (it may be damaged or cut off)');
}

/**
 * Counts pages before reading any text (pdf.js reads the page tree, not the pages); a
 * Europass PDF's embedded document is its text; otherwise reads page by page so a deadline
 * can stop between pages. Pages are joined by a blank line.
 */
export async function readPdfText(
  bytes: Buffer,
  fileName: string | undefined,
  limits: { maxPages: number; maxAttachmentBytes: number },
  checkDeadline: () => void,
): Promise<PdfText> {
  // isEvalSupported: pdf.js must never compile code from a font (CVE-2024-4367).
  const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false });
  try {
    const document = await loadDocument(parser);
    const pages = document.numPages;
    if (pages > limits.maxPages) throw new CvTooManyPagesError(fileName, pages, limits.maxPages);
    const europass = await embeddedEuropass(document, limits.maxAttachmentBytes);
    checkDeadline();
    if (europass) return { text: europass, pages };
    const texts: string[] = [];
    for (let number = 1; number <= pages; number++) {
      checkDeadline();
      const page = await document.getPage(number);
      texts.push(
        (await pageLines(page))
          .map((line) => line.replace(/\s+/g, ' ').trim())
          .join('\n')
          .replace(/\n{3,}/g, '\n\n')
          .trim(),
      );
      page.cleanup();
    }
    return { text: texts.filter((text) => text !== '').join('\n\n'), pages };
  } catch (error) {
    throw translate(error, fileName);
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

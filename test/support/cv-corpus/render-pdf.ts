import PDFDocument from 'pdfkit';
import { Block } from './types';

/** Fixed, so the same source always gives the same bytes (pdfkit derives the file ID from the info). */
const FIXED_DATE = new Date(Date.UTC(2026, 9, 1, 9, 0, 0));

const PAGE = { width: 595.28, height: 841.89, margin: 50 };
const SIDEBAR = { x: 40, width: 150 };
const MAIN_WITH_SIDEBAR = { x: 215, width: 330 };
const MAIN = { x: PAGE.margin, width: PAGE.width - 2 * PAGE.margin };

type Doc = InstanceType<typeof PDFDocument>;

export interface PdfOptions {
  twoColumns: boolean;
  title?: string;
}

/**
 * pdfkit's built-in Helvetica encodes only Windows-1252, and writes an arrow ("01/04/2017 → heden", as the
 * Europass form sets its dates) as two bytes that read back as "!’": a file no real CV tool would make, since
 * those embed their fonts. The arrow is written as the "->" people type instead. (Cyrillic and letters such as
 * "ł" stay as they are: an embedded font was tried, and made the PDFs five times larger for the same figures.)
 */
function encodable(block: Block): Block {
  const fix = (text: string) => text.replace(/→/g, '->');
  if (block.kind === 'bullets') return { ...block, items: block.items.map(fix) };
  if (block.kind === 'table')
    return { ...block, header: block.header?.map(fix), rows: block.rows.map((row) => row.map(fix)) };
  return { ...block, text: fix(block.text) };
}

/** A CV as a PDF with a text layer. Two-column CVs put the side blocks in a shaded column on page one. */
export function renderPdf(written: Block[], options: PdfOptions): Promise<Buffer> {
  const blocks = written.map(encodable);
  const doc = new PDFDocument({
    size: 'A4',
    margin: PAGE.margin,
    compress: true,
    info: { Title: options.title ?? 'CV', Author: 'Sift test corpus', CreationDate: FIXED_DATE, ModDate: FIXED_DATE },
  });
  let pages = 1;
  doc.on('pageAdded', () => (pages += 1));
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const top = blocks.filter((b) => b.kind === 'name' || (b.column === 'main' && isTagline(blocks, b)));
  for (const block of top) drawBlock(doc, block, MAIN);
  if (!options.twoColumns) {
    for (const block of blocks) if (!top.includes(block)) drawBlock(doc, block, MAIN);
  } else {
    const columnsTop = doc.y + 10;
    const side = blocks.filter((b) => b.column === 'side');
    doc.save().rect(SIDEBAR.x - 8, columnsTop - 8, SIDEBAR.width + 16, PAGE.height - columnsTop - 30);
    doc.fill('#eef1f4').restore().fillColor('black');
    doc.y = columnsTop;
    for (const block of side) drawBlock(doc, block, SIDEBAR);
    if (pages > 1) throw new Error('the sidebar must fit on page one');
    doc.y = columnsTop;
    for (const block of blocks)
      if (!top.includes(block) && block.column !== 'side') drawBlock(doc, block, MAIN_WITH_SIDEBAR);
  }
  doc.end();
  return done;
}

/** The paragraph right under the name (a tagline) stays in the full-width header. */
function isTagline(blocks: Block[], block: Block): boolean {
  return block.kind === 'paragraph' && blocks.indexOf(block) === 1;
}

function drawBlock(doc: Doc, block: Block, area: { x: number; width: number }): void {
  const at = { width: area.width };
  switch (block.kind) {
    case 'name':
      doc.font('Helvetica-Bold').fontSize(20).text(block.text, area.x, doc.y, at).moveDown(0.2);
      break;
    case 'heading':
      doc.moveDown(0.6).font('Helvetica-Bold').fontSize(12).text(block.text, area.x, doc.y, at).moveDown(0.2);
      break;
    case 'paragraph':
      doc.font('Helvetica').fontSize(10).text(block.text, area.x, doc.y, at).moveDown(0.15);
      break;
    case 'bullets':
      doc.font('Helvetica').fontSize(10);
      for (const item of block.items) {
        doc.text(`•  ${item}`, area.x + 6, doc.y, { width: area.width - 6 }).moveDown(0.1);
      }
      break;
    case 'table':
      drawTable(doc, block, area);
      break;
  }
}

function drawTable(doc: Doc, block: Extract<Block, { kind: 'table' }>, area: { x: number; width: number }): void {
  const columns = (block.header ?? block.rows[0]).length;
  // Period narrow, the rest shared: the shape a work-history table usually has.
  const first = Math.min(110, area.width / columns);
  const rest = (area.width - first) / (columns - 1);
  const widths = [first, ...Array.from({ length: columns - 1 }, () => rest)];
  const rows = block.header ? [block.header, ...block.rows] : block.rows;
  doc.moveDown(0.2);
  rows.forEach((row, index) => {
    doc.font(index === 0 && block.header ? 'Helvetica-Bold' : 'Helvetica').fontSize(9.5);
    const height = Math.max(...row.map((cell, c) => doc.heightOfString(cell, { width: widths[c] - 8 }))) + 6;
    if (doc.y + height > PAGE.height - PAGE.margin) doc.addPage();
    const y = doc.y;
    let x = area.x;
    row.forEach((cell, c) => {
      doc.rect(x, y, widths[c], height).lineWidth(0.5).strokeColor('#999999').stroke();
      doc.text(cell, x + 4, y + 3, { width: widths[c] - 8 });
      x += widths[c];
    });
    doc.x = area.x;
    doc.y = y + height;
  });
  doc.moveDown(0.3);
}

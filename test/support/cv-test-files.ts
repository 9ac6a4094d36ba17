import { Document, Packer, Paragraph } from 'docx';
import PDFDocument from 'pdfkit';
import { crc32, deflateRawSync, constants as zlib } from 'node:zlib';

/**
 * Builders of small CV files, good and hostile, for the intake tests. Everything is made in
 * code and in milliseconds, so a test shows exactly what the file holds.
 */

export interface ZipPart {
  name: string;
  /** Stored as is when `deflated` is given, else deflated from `data`. */
  data?: Buffer;
  deflated?: Buffer;
  /** What the directory claims the part unpacks to; by default the truth. */
  declaredSize?: number;
  crc?: number;
}

/** A ZIP archive (local headers, central directory, end record) without data descriptors. */
export function buildZip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const data = part.data ?? Buffer.alloc(0);
    const compressed = part.deflated ?? deflateRawSync(data);
    const size = part.declaredSize ?? data.length;
    const crc = part.crc ?? crc32(data);
    const name = Buffer.from(part.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    directory.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directoryBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directoryBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directoryBytes, end]);
}

/**
 * A raw deflate stream of `megabytes` MB of zeros, made by repeating one fully flushed,
 * byte-aligned, non-final block sequence (1 MB of zeros is about 1 KB of it) and closing with
 * an empty final block: a gigabyte costs about a megabyte and a millisecond.
 */
export function deflatedZeros(megabytes: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: zlib.Z_FULL_FLUSH });
  const final = deflateRawSync(Buffer.alloc(0));
  return Buffer.concat([...Array.from({ length: megabytes }, () => block), final]);
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="xml" ContentType="application/xml"/></Types>';

/** A DOCX-shaped zip whose document part is a gigabyte of zeros, declared truly or as 1 KB. */
export function docxZipBomb(declared: 'honest' | 'lying'): Buffer {
  const gigabyte = 1024;
  return buildZip([
    { name: '[Content_Types].xml', data: Buffer.from(CONTENT_TYPES) },
    {
      name: 'word/document.xml',
      deflated: deflatedZeros(gigabyte),
      declaredSize: declared === 'honest' ? gigabyte * 1024 * 1024 : 1024,
      crc: 0,
    },
  ]);
}

/** An OLE compound file header and one directory sector naming the given streams. */
export function oleFile(streamNames: string[]): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(header);
  const directory = Buffer.alloc(512);
  streamNames.forEach((name, index) => directory.write(name, index * 128, 'utf16le'));
  return Buffer.concat([header, directory]);
}

export function docx(paragraphs: string[]): Promise<Buffer> {
  const document = new Document({
    creator: 'test',
    sections: [{ children: paragraphs.map((text) => new Paragraph(text)) }],
  });
  return Packer.toBuffer(document);
}

type Doc = InstanceType<typeof PDFDocument>;

export function pdfkitPdf(draw: (doc: Doc) => void, options: ConstructorParameters<typeof PDFDocument>[0] = {}) {
  return new Promise<Buffer>((resolve, reject) => {
    const doc = new PDFDocument({ ...options, info: { CreationDate: new Date(Date.UTC(2026, 0, 1)) } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });
}

/** A two-page CV as pdfkit writes it. */
export function twoPagePdf(): Promise<Buffer> {
  return pdfkitPdf((doc) => {
    doc.fontSize(18).text('Candidate Seven');
    doc.fontSize(11).text('Platform engineer in Utrecht');
    doc.addPage();
    doc.text('Experience');
    doc.text('Acme Logistics, 2019 - 2023');
  });
}

/**
 * A hand-written PDF: every page shares one content stream, so thousands of pages take
 * milliseconds. `content` is the stream: PDF text operators on font /F1.
 */
export function handmadePdf(pages: number, content: string): Buffer {
  const objects: string[] = [];
  const pageIds = Array.from({ length: pages }, (_, index) => index + 5);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages} >>`;
  objects[3] = `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
  objects[4] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  for (const id of pageIds) {
    objects[id] =
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>';
  }
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(body, 'latin1');
    body += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) body += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A one-page PDF whose content stream is `megabytes` MB of zeros, deflated (zlib format). */
export function pdfStreamBomb(megabytes: number): Buffer {
  const zlibHeader = Buffer.from([0x78, 0x9c]);
  const stream = Buffer.concat([zlibHeader, deflatedZeros(megabytes), Buffer.alloc(4)]);
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0].length;
  const add = (part: Buffer | string) => {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'latin1') : part;
    parts.push(bytes);
    length += bytes.length;
  };
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>',
  ];
  objects.forEach((object, index) => {
    offsets.push(length);
    add(`${index + 1} 0 obj\n${object}\nendobj\n`);
  });
  offsets.push(length);
  add(`4 0 obj\n<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`);
  add(stream);
  add('\nendstream\nendobj\n');
  const xref = length;
  add(`xref\n0 5\n0000000000 65535 f \n${offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('')}`);
  add(`trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return Buffer.concat(parts);
}

/** PDF text operators placing each line at its own position: `[x, y from the top, text]`. */
export function placedText(lines: [number, number, string][]): string {
  const escape = (text: string) => text.replace(/[\\()]/g, (char) => `\\${char}`);
  return lines.map(([x, y, text]) => `BT /F1 11 Tf ${x} ${792 - y} Td (${escape(text)}) Tj ET`).join('\n');
}

/** A Word file whose document part is `paragraphs` lines: mammoth takes about 50 ms and 5 MB of heap a thousand. */
export function longDocx(paragraphs: number): Buffer {
  const paragraph = '<w:p><w:r><w:t>Experience at Acme Logistics as platform engineer</w:t></w:r></w:p>';
  const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const xml = `<?xml version="1.0"?><w:document xmlns:w="${w}"><w:body>${paragraph.repeat(paragraphs)}</w:body></w:document>`;
  const types = 'http://schemas.openxmlformats.org/package/2006/content-types';
  const main = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
  const rels = 'http://schemas.openxmlformats.org/package/2006/relationships';
  const officeDocument = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
  return buildZip([
    {
      name: '[Content_Types].xml',
      data: Buffer.from(
        `<Types xmlns="${types}"><Default Extension="xml" ContentType="application/xml"/>` +
          `<Override PartName="/word/document.xml" ContentType="${main}"/></Types>`,
      ),
    },
    {
      name: '_rels/.rels',
      data: Buffer.from(
        `<Relationships xmlns="${rels}"><Relationship Id="rId1" Type="${officeDocument}" Target="word/document.xml"/></Relationships>`,
      ),
    },
    { name: 'word/document.xml', data: Buffer.from(xml) },
  ]);
}

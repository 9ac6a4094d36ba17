import { Block } from './cv-corpus/types';
import { renderDocx } from './cv-corpus/render-docx';
import { renderPdf } from './cv-corpus/render-pdf';
import { renderText } from './cv-corpus/render-text';
import { pdfkitPdf } from './cv-test-files';

/** A CV in Dutch with a sales job, a non-sales job, education, a client base and languages. */
export function dutchCv(name = 'Kandidaat Negen', email = 'kandidaat.negen@example.com'): Block[] {
  return [
    { kind: 'name', text: name },
    { kind: 'paragraph', text: `${email} · +31 6 12 34 56 78 · Utrecht` },
    { kind: 'heading', text: 'Werkervaring' },
    { kind: 'paragraph', text: 'Accountmanager — Van Dijk Techniek BV' },
    { kind: 'paragraph', text: '2019 – heden' },
    {
      kind: 'bullets',
      items: [
        'Beheer van een portefeuille van 40 klanten in de regio',
        'Acquisitie van nieuwe klanten en het behalen van de omzetdoelstelling',
      ],
    },
    { kind: 'paragraph', text: 'Logistiek medewerker — Distributiecentrum Noord' },
    { kind: 'paragraph', text: 'jan. 2015 – dec. 2018' },
    { kind: 'heading', text: 'Opleiding' },
    { kind: 'paragraph', text: 'HBO Commerciële Economie, Hogeschool Utrecht, 2010 – 2014' },
    { kind: 'heading', text: 'Talen' },
    { kind: 'paragraph', text: 'Nederlands: moedertaal' },
    { kind: 'paragraph', text: 'Engels: vloeiend' },
  ];
}

export const cvText = (blocks: Block[]) => Buffer.from(renderText(blocks), 'utf8');
export const cvPdf = (blocks: Block[]) => renderPdf(blocks, { twoColumns: false });
export const cvDocx = (blocks: Block[]) => renderDocx(blocks, { columns: 'none' });

/** A page with shapes and no text: how a scanned CV looks to a text reader. */
export const scannedPdf = () =>
  pdfkitPdf((doc) => {
    for (let row = 0; row < 40; row++) doc.rect(50, 60 + row * 18, 300 + ((row * 37) % 200), 8).fill('#333');
  });

export const encryptedPdf = (blocks: Block[]) =>
  pdfkitPdf((doc) => doc.text(renderText(blocks)), { userPassword: 'secret', ownerPassword: 'owner-secret' });

/** The first bytes of a PNG image, enough for any sniffer. */
export const PNG_BYTES = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(200, 7),
]);

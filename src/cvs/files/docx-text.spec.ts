import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { extractCvText } from './extract-text';

const limits = {
  maxBytes: 10 * 1024 * 1024,
  maxPages: 30,
  maxUncompressedBytes: 50 * 1024 * 1024,
  parseTimeoutMs: 20_000,
};
const cell = (...lines: string[]) => new TableCell({ children: lines.map((line) => new Paragraph(line)) });
const bullet = (text: string) => new Paragraph({ children: [new TextRun(text)], bullet: { level: 0 } });

async function textOf(children: (Paragraph | Table)[]): Promise<string> {
  const bytes = await Packer.toBuffer(new Document({ sections: [{ children }] }));
  return (await extractCvText(bytes, 'cv.docx', limits)).text;
}

describe('the text of a Word CV', () => {
  it('keeps a table row of one-line cells as a row, and list items with their bullet', async () => {
    const text = await textOf([
      new Paragraph('Employment'),
      new Table({
        rows: [
          new TableRow({ children: [cell('Company'), cell('When'), cell('Position')] }),
          new TableRow({ children: [cell('Nordlys Hotels A/S'), cell('Apr 2021 – now'), cell('Key Account Manager')] }),
        ],
      }),
      bullet('Rate negotiations for 35 accounts'),
    ]);
    expect(text.split('\n')).toEqual([
      'Employment',
      'Company | When | Position',
      'Nordlys Hotels A/S | Apr 2021 – now | Key Account Manager',
      '• Rate negotiations for 35 accounts',
    ]);
  });

  it('reads a layout table, whose cells hold many paragraphs, cell by cell', async () => {
    const text = await textOf([
      new Table({
        rows: [
          new TableRow({
            children: [cell('Contact', 'a@example.com', 'Skills'), cell('Experience', '2019 – now', 'Account Manager')],
          }),
        ],
      }),
    ]);
    expect(text.split('\n')).toEqual([
      'Contact',
      'a@example.com',
      'Skills',
      'Experience',
      '2019 – now',
      'Account Manager',
    ]);
  });
});

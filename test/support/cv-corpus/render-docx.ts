import {
  ColumnBreak,
  Document,
  FileChild,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { Block } from './types';

/** Fixed, so the same source always gives the same bytes. */
const FIXED_TIME = Date.UTC(2026, 9, 1, 9, 0, 0);

export interface DocxOptions {
  /** Side blocks in a borderless two-cell table, or in the first of two section columns. */
  columns: 'none' | 'table' | 'section';
  title?: string;
}

export async function renderDocx(blocks: Block[], options: DocxOptions): Promise<Buffer> {
  const header: Block[] = blocks.filter((b) => b.kind === 'name');
  const side = options.columns === 'none' ? [] : blocks.filter((b) => b.column === 'side');
  const main = blocks.filter((b) => !header.includes(b) && !side.includes(b));
  let sections: { properties?: object; children: FileChild[] }[];
  if (options.columns === 'section') {
    sections = [
      { children: header.flatMap(toChildren) },
      {
        properties: { type: 'continuous', column: { count: 2, space: 500 } },
        children: [
          ...side.flatMap(toChildren),
          new Paragraph({ children: [new ColumnBreak()] }),
          ...main.flatMap(toChildren),
        ],
      },
    ];
  } else if (options.columns === 'table') {
    const cell = (content: Block[], width: number) =>
      new TableCell({ width: { size: width, type: WidthType.PERCENTAGE }, children: content.flatMap(toChildren) });
    const layout = new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: TableBorders.NONE,
      rows: [new TableRow({ children: [cell(side, 32), cell(main, 68)] })],
    });
    sections = [{ children: [...header.flatMap(toChildren), layout] }];
  } else {
    sections = [{ children: [...header, ...main].flatMap(toChildren) }];
  }
  return atFixedTime(() => {
    const document = new Document({ title: options.title ?? 'CV', creator: 'Sift test corpus', sections });
    return Packer.toBuffer(document);
  });
}

function toChildren(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'name':
      return [
        new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: block.text, bold: true })] }),
      ];
    case 'heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_2, text: block.text })];
    case 'paragraph':
      return [new Paragraph({ text: block.text })];
    case 'bullets':
      return block.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
    case 'table': {
      const rows = (block.header ? [block.header, ...block.rows] : block.rows).map(
        (row, index) =>
          new TableRow({
            tableHeader: index === 0 && Boolean(block.header),
            children: row.map(
              (text) =>
                new TableCell({
                  children: [new Paragraph({ children: [new TextRun({ text, bold: index === 0 && !!block.header })] })],
                }),
            ),
          }),
      );
      return [new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }), new Paragraph({ text: '' })];
    }
  }
}

/**
 * docx stamps the core properties and every zip entry with the current time
 * and takes no option for it. Document construction and packing run
 * synchronously (the promise is settled by then), so holding the clock still
 * around them alone gives byte-identical files from build to build.
 */
function atFixedTime<T>(work: () => Promise<T>): Promise<T> {
  const RealDate = Date;
  class FixedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(FIXED_TIME);
      else super(...(args as [number]));
    }
    static override now(): number {
      return FIXED_TIME;
    }
  }
  globalThis.Date = FixedDate as DateConstructor;
  try {
    return work();
  } finally {
    globalThis.Date = RealDate;
  }
}

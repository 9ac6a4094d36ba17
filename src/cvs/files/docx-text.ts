/*
 * The text of a Word document from mammoth's reading of it, laid out the way
 * a person sees it: one line a paragraph, list items with a bullet, and a
 * table's rows kept as rows ("Company | When | Position") when each cell holds
 * one paragraph. A table used for layout (a sidebar beside the main column,
 * cells of many paragraphs) is read cell by cell, as before.
 */

/** The parts of mammoth's document model this reads. */
export interface DocxElement {
  type: string;
  value?: string;
  children?: DocxElement[];
  numbering?: unknown;
}

export function docxText(document: DocxElement): string {
  const lines: string[] = [];
  block(document, lines);
  return lines.join('\n');
}

function block(element: DocxElement, lines: string[]): void {
  if (element.type === 'paragraph') {
    const text = inline(element);
    lines.push(element.numbering && text.trim() ? `• ${text}` : text);
  } else if (element.type === 'table') {
    table(element, lines);
  } else {
    for (const child of element.children ?? []) block(child, lines);
  }
}

function table(element: DocxElement, lines: string[]): void {
  for (const row of element.children ?? []) {
    if (row.type !== 'tableRow') {
      block(row, lines);
      continue;
    }
    const cells = (row.children ?? []).map((cell) => {
      const own: string[] = [];
      block(cell, own);
      return own.filter((line) => line.trim());
    });
    if (cells.every((cell) => cell.length <= 1)) {
      const joined = cells.map((cell) => (cell[0] ?? '').replace(/^• /, '').trim());
      if (joined.some(Boolean)) lines.push(joined.join(' | '));
    } else {
      for (const cell of cells) lines.push(...cell);
    }
  }
}

function inline(element: DocxElement): string {
  if (element.type === 'text') return element.value ?? '';
  if (element.type === 'tab') return '\t';
  if (element.type === 'break') return '\n';
  return (element.children ?? []).map(inline).join('');
}

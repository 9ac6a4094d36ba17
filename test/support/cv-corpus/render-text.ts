import { Block } from './types';

/** A CV as plain text, the way a candidate types one: blank lines between sections, bullets as "•". */
export function renderText(blocks: Block[]): string {
  const lines: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'name':
        lines.push(block.text);
        break;
      case 'heading':
        lines.push('', block.text.toUpperCase());
        break;
      case 'paragraph':
        lines.push(block.text);
        break;
      case 'bullets':
        for (const item of block.items) lines.push(`• ${item}`);
        break;
      case 'table':
        if (block.header) lines.push(block.header.join(' | '));
        for (const row of block.rows) lines.push(row.join(' | '));
        break;
    }
  }
  return `${lines.join('\n')}\n`;
}

import Handlebars from 'handlebars';
import { Parser } from 'htmlparser2';

/** Attributes a person reads or hears: their values must come from the catalogue. */
const READ_ATTRIBUTES = new Set(['alt', 'title', 'placeholder', 'aria-label']);
const LOOKUP = '\u0001T\u0001';
const VALUE = '\u0001V\u0001';

export interface TemplateText {
  /** Catalogue keys the template names literally: {{t "key"}} and (t "key"). */
  keys: string[];
  /** Words in the markup that are not catalogue lookups: text nodes and read attributes. */
  strayText: string[];
}

/**
 * Reads a page template the way the catalogue test needs: which keys it looks
 * up, and whether any visible text is written in the template itself rather
 * than looked up. Values from the view model ({{name}}) are data, not words
 * of the interface, and pass.
 */
export function templateText(source: string): TemplateText {
  return { keys: literalKeys(Handlebars.parse(source)), strayText: strayText(source) };
}

function literalKeys(node: unknown): string[] {
  if (!node || typeof node !== 'object') return [];
  const keys: string[] = [];
  const item = node as { type?: string; path?: { original?: unknown }; params?: { type: string; value?: unknown }[] };
  if ((item.type === 'MustacheStatement' || item.type === 'SubExpression') && item.path?.original === 't') {
    const [first] = item.params ?? [];
    if (first?.type === 'StringLiteral') keys.push(String(first.value));
  }
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => keys.push(...literalKeys(child)));
    else if (value && typeof value === 'object' && 'type' in value) keys.push(...literalKeys(value));
  }
  return keys;
}

function strayText(source: string): string[] {
  const html = source.replace(/\{\{\{[\s\S]*?\}\}\}|\{\{[\s\S]*?\}\}/g, (mustache) => {
    const inner = mustache.replace(/^\{\{\{?~?\s*/, '').replace(/\s*~?\}?\}\}$/, '');
    if (/^(!|#|\/|\^|>|else\b)/.test(inner)) return '';
    return /^t\s/.test(inner) ? LOOKUP : VALUE;
  });
  const stray: string[] = [];
  const words = (text: string) => text.split(LOOKUP).join(' ').split(VALUE).join(' ');
  const shown = (text: string) => text.split(LOOKUP).join('{{t}}').split(VALUE).join('{{value}}').trim();
  const parser = new Parser(
    {
      ontext(text) {
        if (/[\p{L}\p{N}]/u.test(words(text))) stray.push(shown(text));
      },
      onattribute(name, value) {
        if (READ_ATTRIBUTES.has(name) && value.trim() !== LOOKUP) stray.push(`${name}="${shown(value)}"`);
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return stray;
}

import { documentLoads } from './document-loads';
import { rawGet } from './raw-http';

/** What a page weighs in each encoding Sift sends, in bytes on the wire. */
export interface WeighedPart {
  /** The page's path, or an asset's URL without its version. */
  name: string;
  kind: 'html' | 'css' | 'js' | 'icon' | 'other';
  raw: number;
  gzip: number;
  br: number;
}

export interface PageWeight {
  parts: WeighedPart[];
  total: Omit<WeighedPart, 'name' | 'kind'>;
}

/**
 * Fetches a page, then everything its HTML loads by itself (stylesheets,
 * scripts, icons, images), each three times: asking for brotli, for gzip and
 * for no encoding, and counts the bytes of each answer's body as sent.
 */
export async function weighPage(base: string, path: string, headers: Record<string, string> = {}): Promise<PageWeight> {
  const weigh = async (url: string, kind: WeighedPart['kind']): Promise<WeighedPart> => {
    const sizes = { raw: 0, gzip: 0, br: 0 };
    for (const [key, encoding] of [
      ['raw', 'identity'],
      ['gzip', 'gzip'],
      ['br', 'br'],
    ] as const) {
      const answer = await rawGet(base, url, { ...headers, 'accept-encoding': encoding });
      if (answer.status !== 200) throw new Error(`${url}: ${answer.status}`);
      const sent = answer.headers['content-encoding'] ?? 'identity';
      // An answer under the threshold goes plain whatever is asked; any other encoding is a fault.
      if (sent !== encoding && sent !== 'identity') throw new Error(`${url}: asked for ${encoding}, got ${sent}`);
      sizes[key] = answer.wire.length;
    }
    return { name: new URL(url, base).pathname, kind, ...sizes };
  };
  const page = await rawGet(base, path, { ...headers, 'accept-encoding': 'identity' });
  if (page.status !== 200) throw new Error(`${path}: ${page.status}`);
  const parts = [await weigh(path, 'html')];
  for (const url of documentLoads(page.text(), new URL(path, base).href).referenced) {
    parts.push(await weigh(url, kindOf(url)));
  }
  const sum = (key: 'raw' | 'gzip' | 'br') => parts.reduce((total, part) => total + part[key], 0);
  return { parts, total: { raw: sum('raw'), gzip: sum('gzip'), br: sum('br') } };
}

function kindOf(url: string): WeighedPart['kind'] {
  const path = new URL(url).pathname;
  if (path.endsWith('.css')) return 'css';
  if (path.endsWith('.js')) return 'js';
  if (/\.(svg|ico|png)$/.test(path)) return 'icon';
  return 'other';
}

/** The weight as a Markdown table, in KB of 1,000 bytes. */
export function weightTable(weight: PageWeight): string {
  const kb = (bytes: number) => (bytes / 1000).toFixed(1);
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    row(['Part', 'Plain KB', 'gzip KB', 'brotli KB']),
    row(['---', '---:', '---:', '---:']),
    ...weight.parts.map((part) => row([`\`${part.name}\``, kb(part.raw), kb(part.gzip), kb(part.br)])),
    row(['**Together**', kb(weight.total.raw), kb(weight.total.gzip), kb(weight.total.br)]),
  ].join('\n');
}

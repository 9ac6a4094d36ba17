import { request as httpRequest, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { TestApp } from './test-app';

/** An answer as it came over the wire: the body still in its Content-Encoding. */
export interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  /** The bytes sent, compressed or not. */
  wire: Buffer;
  /** The body decoded from its Content-Encoding (br or gzip), as a browser reads it. */
  text(): string;
}

/**
 * Node's own HTTP client, which (unlike supertest) neither asks for nor
 * undoes any encoding: what the server sends is what is measured.
 */
export function rawGet(base: string, path: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(new URL(path, base), { method: 'GET', headers }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('error', reject);
      incoming.on('end', () => {
        const wire = Buffer.concat(chunks);
        const encoding = incoming.headers['content-encoding'];
        resolve({
          status: incoming.statusCode ?? 0,
          headers: incoming.headers,
          wire,
          text: () =>
            (encoding === 'br' ? brotliDecompressSync(wire) : encoding === 'gzip' ? gunzipSync(wire) : wire).toString(
              'utf8',
            ),
        });
      });
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

/** Starts the test app on a free port of 127.0.0.1, once, and gives its base URL. */
export async function listening(t: TestApp): Promise<string> {
  const server = t.app.getHttpServer() as Server;
  if (!server.listening) await t.app.listen(0, '127.0.0.1');
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

/** The URLs a page's HTML loads by itself: stylesheets, scripts, icons and images, in document order. */
export function referencedAssets(html: string): string[] {
  const urls: string[] = [];
  for (const tag of html.match(/<(?:link|script|img)\b[^>]*>/g) ?? []) {
    const isLink = tag.startsWith('<link');
    if (isLink && !/\brel="(?:stylesheet|icon|preload|modulepreload)"/.test(tag)) continue;
    const url = /\b(?:href|src)="([^"]+)"/.exec(tag)?.[1];
    if (url) urls.push(url.replace(/&#x3D;/g, '=').replace(/&amp;/g, '&'));
  }
  return urls;
}

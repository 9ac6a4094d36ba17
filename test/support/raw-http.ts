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

/** A browser's session: the cookies it sends and the CSRF token its pages carry. */
export interface PageSession {
  cookie: string;
  csrf: string;
}

/**
 * Signs in through the sign-in form as a browser does: the form's page sets
 * the pre-session cookie and carries the CSRF token, the form posts both, and
 * the 303 that follows sets the session cookie.
 */
export async function signInThroughForm(base: string, email: string, password: string): Promise<PageSession> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  const form = await fetch(`${base}/sign-in`);
  keep(form);
  const signedIn = await fetch(`${base}/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookie() },
    body: new URLSearchParams({ email, password, _csrf: csrfIn(await form.text()) }),
  });
  if (signedIn.status !== 303) throw new Error(`sign-in: ${signedIn.status} ${(await signedIn.text()).slice(0, 300)}`);
  keep(signedIn);
  const start = await fetch(base + (signedIn.headers.get('location') ?? '/'), { headers: { cookie: cookie() } });
  if (!start.ok) throw new Error(`after sign-in: ${start.status}`);
  return { cookie: cookie(), csrf: csrfIn(await start.text()) };
}

function csrfIn(html: string): string {
  const match = /name="_csrf" value="([^"]*)"/.exec(html) ?? /<meta name="csrf-token" content="([^"]*)"/.exec(html);
  if (!match) throw new Error('no CSRF token in the page');
  return match[1];
}

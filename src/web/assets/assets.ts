import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { projectRoot } from '../../mail/project-root';
import type { AssetUrls } from '../views/layout.view';

export type AssetEncoding = 'br' | 'gzip' | 'identity';

export interface Asset {
  body: Buffer;
  contentType: string;
  /** The first characters of the SHA-256 of the body: in the URL, so a changed file is fetched anew. */
  version: string;
  /**
   * The body as each encoding sends it, compressed once at start-up at the
   * encodings' best levels; an encoding that would not make it smaller (a tiny
   * icon) is left out, and the plain body goes instead.
   */
  encoded: Partial<Record<AssetEncoding, Buffer>> & { identity: Buffer };
}

/** Each encoding's bytes have an ETag of their own: a cache must not take one for the other. */
export function assetETag(asset: Asset, encoding: AssetEncoding): string {
  return encoding === 'identity' ? `"${asset.version}"` : `"${asset.version}-${encoding}"`;
}

/**
 * Every file the pages load, all served by Sift itself. Our own styles and
 * scripts are each served as one file, the files of public/css and public/js
 * joined in the order of their names, so that a page loads one stylesheet and
 * one script of ours whatever the number of areas; htmx comes from
 * node_modules as it is published.
 */
function assetFiles(): Record<string, { body: Buffer; contentType: string }> {
  const root = projectRoot();
  const htmx = dirname(require.resolve('htmx.org/package.json', { paths: [root] }));
  const js = 'text/javascript; charset=utf-8';
  return {
    'sift.css': { body: joined(join(root, 'public', 'css'), '.css'), contentType: 'text/css; charset=utf-8' },
    'sift.js': { body: joined(join(root, 'public', 'js'), '.js'), contentType: js },
    'htmx.min.js': { body: readFileSync(join(htmx, 'dist', 'htmx.min.js')), contentType: js },
    'favicon.svg': { body: readFileSync(join(root, 'public', 'favicon.svg')), contentType: 'image/svg+xml' },
  };
}

/** The files of a folder with this extension, joined in the order of their names. */
function joined(folder: string, extension: string): Buffer {
  const names = readdirSync(folder)
    .filter((name) => name.endsWith(extension))
    .sort();
  return Buffer.concat(names.flatMap((name) => [readFileSync(join(folder, name)), Buffer.from('\n')]));
}

/**
 * The assets, read once at start-up and kept in memory (together about 70 KB);
 * each is compressed the first time it is asked for (brotli at its best level
 * takes tens of milliseconds, which start-up need not wait for), then kept
 * compressed too (about 20 KB).
 */
export class Assets {
  private readonly assets = new Map<string, Omit<Asset, 'encoded'> & { encoded?: Asset['encoded'] }>();

  constructor() {
    for (const [name, { body, contentType }] of Object.entries(assetFiles())) {
      const version = createHash('sha256').update(body).digest('base64url').slice(0, 12);
      this.assets.set(name, { body, contentType, version });
    }
  }

  get(name: string): Asset | undefined {
    const asset = this.assets.get(name);
    if (!asset) return undefined;
    asset.encoded ??= compressed(asset.body);
    return asset as Asset;
  }

  url(name: string): string {
    return `/assets/${name}?v=${this.assets.get(name)!.version}`;
  }

  get urls(): AssetUrls {
    return {
      css: this.url('sift.css'),
      htmx: this.url('htmx.min.js'),
      js: this.url('sift.js'),
      icon: this.url('favicon.svg'),
    };
  }
}

/** The body in each encoding that makes it smaller, at the encoding's best level. */
function compressed(body: Buffer): Asset['encoded'] {
  const encoded: Asset['encoded'] = { identity: body };
  const br = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  const gzip = gzipSync(body, { level: constants.Z_BEST_COMPRESSION });
  if (br.length < body.length) encoded.br = br;
  if (gzip.length < body.length) encoded.gzip = gzip;
  return encoded;
}

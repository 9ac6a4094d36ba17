import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { projectRoot } from '../../mail/project-root';
import type { AssetUrls } from '../views/layout.view';

export interface Asset {
  body: Buffer;
  contentType: string;
  /** The first characters of the SHA-256 of the body: in the URL, so a changed file is fetched anew. */
  version: string;
}

/** Every file the pages load, all served by Sift itself: our own from public/, htmx from node_modules. */
function assetFiles(): Record<string, { path: string; contentType: string }> {
  const root = projectRoot();
  const htmx = dirname(require.resolve('htmx.org/package.json', { paths: [root] }));
  const js = 'text/javascript; charset=utf-8';
  return {
    'sift.css': { path: join(root, 'public', 'css', 'sift.css'), contentType: 'text/css; charset=utf-8' },
    'csrf.js': { path: join(root, 'public', 'js', 'csrf.js'), contentType: js },
    'shortcuts.js': { path: join(root, 'public', 'js', 'shortcuts.js'), contentType: js },
    'htmx.min.js': { path: join(htmx, 'dist', 'htmx.min.js'), contentType: js },
    'favicon.svg': { path: join(root, 'public', 'favicon.svg'), contentType: 'image/svg+xml' },
  };
}

/** The assets, read once at start-up and kept in memory (together about 60 KB). */
export class Assets {
  private readonly assets = new Map<string, Asset>();

  constructor() {
    for (const [name, file] of Object.entries(assetFiles())) {
      const body = readFileSync(file.path);
      const version = createHash('sha256').update(body).digest('base64url').slice(0, 12);
      this.assets.set(name, { body, contentType: file.contentType, version });
    }
  }

  get(name: string): Asset | undefined {
    return this.assets.get(name);
  }

  url(name: string): string {
    return `/assets/${name}?v=${this.assets.get(name)!.version}`;
  }

  get urls(): AssetUrls {
    return {
      css: this.url('sift.css'),
      htmx: this.url('htmx.min.js'),
      csrf: this.url('csrf.js'),
      shortcuts: this.url('shortcuts.js'),
      icon: this.url('favicon.svg'),
    };
  }
}

import { Parser } from 'htmlparser2';

/** What a document's own HTML asks the browser to load, and where its stylesheets and scripts stand. */
export interface DocumentLoads {
  /** Absolute URLs (without fragment) of every link href, script src, img src and srcset, source src and srcset. */
  referenced: Set<string>;
  /** Stylesheets or scripts outside <head>, or scripts without `defer`, each described for a failure message. */
  misplaced: string[];
}

/**
 * Reads a document as it came from the server (not as scripts left it): the
 * URLs it references directly, which a browser can fetch in parallel once the
 * HTML is in, and whether its stylesheets and scripts are in <head> with
 * scripts deferred, so that neither blocks the page while it is parsed.
 */
export function documentLoads(html: string, documentUrl: string): DocumentLoads {
  const referenced = new Set<string>();
  const misplaced: string[] = [];
  const add = (value: string | undefined) => {
    if (!value) return;
    try {
      referenced.add(withoutFragment(new URL(value, documentUrl).href));
    } catch {
      // not a URL: the browser fetches nothing for it either
    }
  };
  const addSrcset = (value: string | undefined) => {
    for (const candidate of value?.split(',') ?? []) add(candidate.trim().split(/\s+/)[0]);
  };
  let inHead = false;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'head') inHead = true;
      if (name === 'link') add(attributes.href);
      if (name === 'img' || name === 'source') {
        add(attributes.src);
        addSrcset(attributes.srcset);
      }
      if (name === 'script') {
        add(attributes.src);
        const what = `<script${attributes.src ? ` src="${attributes.src}"` : ''}>`;
        if (!inHead) misplaced.push(`${what} is outside <head>`);
        else if (!attributes.src || !('defer' in attributes)) misplaced.push(`${what} is not deferred`);
      }
      if (name === 'link' && /\bstylesheet\b/i.test(attributes.rel ?? '') && !inHead) {
        misplaced.push(`<link rel="stylesheet" href="${attributes.href}"> is outside <head>`);
      }
    },
    onclosetag(name) {
      if (name === 'head') inHead = false;
    },
  });
  parser.write(html);
  parser.end();
  return { referenced, misplaced };
}

/**
 * The requests made while a document loaded that its HTML did not name: each
 * of them waited on another round trip first (a stylesheet's @import or font,
 * an image named in CSS, a script fetching at start-up).
 */
export function chainedRequests(loads: DocumentLoads, requested: string[]): string[] {
  return requested.filter((url) => !url.startsWith('data:') && !loads.referenced.has(withoutFragment(url)));
}

function withoutFragment(url: string): string {
  const at = url.indexOf('#');
  return at < 0 ? url : url.slice(0, at);
}

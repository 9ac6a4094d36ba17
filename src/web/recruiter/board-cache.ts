import { randomBytes } from 'node:crypto';

/** Room for some hundred boards; the least recently read go first. */
const CAPACITY_CHARS = 32 * 1024 * 1024;

/**
 * Boards' markup, keyed by the vacancy's shortlist revision (raised by every
 * move, application, screening and change of the vacancy) and what the page
 * shows it for, so that a busy board is rendered once per change rather than
 * once per reader. The session's CSRF token is kept out: the markup holds a
 * stand-in, unguessable, that each answer replaces.
 */
export class BoardCache {
  readonly standIn = `csrf-${randomBytes(18).toString('base64url')}`;
  private readonly pages = new Map<string, string>();
  private chars = 0;

  peek(key: string): string | undefined {
    const kept = this.pages.get(key);
    if (kept !== undefined) {
      this.pages.delete(key);
      this.pages.set(key, kept);
    }
    return kept;
  }

  put(key: string, markup: string): void {
    const old = this.pages.get(key);
    if (old !== undefined) this.chars -= old.length;
    this.pages.delete(key);
    this.pages.set(key, markup);
    this.chars += markup.length;
    for (const [oldest, value] of this.pages) {
      if (this.chars <= CAPACITY_CHARS) break;
      this.pages.delete(oldest);
      this.chars -= value.length;
    }
  }
}

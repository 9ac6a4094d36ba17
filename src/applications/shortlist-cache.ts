import { Injectable } from '@nestjs/common';

/** Room for a few hundred pages of fifty; the least recently read go first. */
const CAPACITY_BYTES = 24 * 1024 * 1024;

/** A page ready to send: its UTF-8 bytes and its entity tag. */
export interface CachedPage {
  body: Buffer;
  etag: string;
}

/**
 * Shortlist pages as UTF-8 JSON with their ETag, keyed by the vacancy's shortlist revision and
 * the request, so a page is only served while nothing it shows has changed.
 * Per process; the revision lives in the database, so several API processes
 * never serve each other's stale pages.
 */
@Injectable()
export class ShortlistCache {
  private readonly pages = new Map<string, CachedPage>();
  private bytes = 0;

  get(key: string): CachedPage | undefined {
    const page = this.pages.get(key);
    if (page !== undefined) {
      this.pages.delete(key);
      this.pages.set(key, page);
    }
    return page;
  }

  set(key: string, page: CachedPage): void {
    if (page.body.length > CAPACITY_BYTES / 4) return; // a page this big is not worth crowding the rest out
    const old = this.pages.get(key);
    if (old !== undefined) this.bytes -= old.body.length;
    this.pages.delete(key);
    this.pages.set(key, page);
    this.bytes += page.body.length;
    for (const [oldest, value] of this.pages) {
      if (this.bytes <= CAPACITY_BYTES) break;
      this.pages.delete(oldest);
      this.bytes -= value.body.length;
    }
  }
}

import { Injectable } from '@nestjs/common';
import { gzipSync } from 'node:zlib';

/** Room for a few hundred pages of fifty; the least recently read go first. */
const CAPACITY_BYTES = 24 * 1024 * 1024;

/** A page ready to send: its UTF-8 bytes and its entity tag. */
export interface CachedPage {
  /** What it is kept under. */
  key: string;
  body: Buffer;
  etag: string;
  /** The same bytes gzipped, once a client that takes gzip asked for them. */
  gzip?: Buffer;
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

  set(page: CachedPage): void {
    if (page.body.length > CAPACITY_BYTES / 4) return; // a page this big is not worth crowding the rest out
    const old = this.pages.get(page.key);
    if (old !== undefined) this.bytes -= sizeOf(old);
    this.pages.delete(page.key);
    this.pages.set(page.key, page);
    this.bytes += sizeOf(page);
    this.trim();
  }

  /**
   * The page gzipped: compressed once, on the first request that takes gzip,
   * and kept with it; compressing 100 KB again for every such request was a
   * third of the time it took to answer.
   */
  gzipped(page: CachedPage): Buffer {
    if (page.gzip) return page.gzip;
    page.gzip = gzipSync(page.body);
    if (this.pages.get(page.key) === page) {
      this.bytes += page.gzip.length;
      this.trim();
    }
    return page.gzip;
  }

  private trim(): void {
    for (const [oldest, value] of this.pages) {
      if (this.bytes <= CAPACITY_BYTES) break;
      this.pages.delete(oldest);
      this.bytes -= sizeOf(value);
    }
  }
}

function sizeOf(page: CachedPage): number {
  return page.body.length + (page.gzip?.length ?? 0);
}

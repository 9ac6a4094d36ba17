import { KeptPage } from './kept-page';

/**
 * Kept pages by key, up to a size in bytes; the least recently read go first.
 * A key names everything the page shows (a revision of its data, the
 * language, the day), so that a page is rendered once per change rather than
 * once per reader.
 */
export class KeptPages {
  private readonly pages = new Map<string, KeptPage>();
  private bytes = 0;

  constructor(private readonly capacityBytes: number) {}

  peek(key: string): KeptPage | undefined {
    const kept = this.pages.get(key);
    if (kept !== undefined) {
      this.pages.delete(key);
      this.pages.set(key, kept);
    }
    return kept;
  }

  /** The page kept under the key, made and kept first when there is none. */
  async keep(key: string, make: () => Promise<string>): Promise<KeptPage> {
    return this.peek(key) ?? this.put(key, KeptPage.keep(await make()));
  }

  put(key: string, page: KeptPage): KeptPage {
    const old = this.pages.get(key);
    if (old !== undefined) this.bytes -= old.size;
    this.pages.delete(key);
    this.pages.set(key, page);
    this.bytes += page.size;
    for (const [oldest, value] of this.pages) {
      if (this.bytes <= this.capacityBytes) break;
      this.pages.delete(oldest);
      this.bytes -= value.size;
    }
    return page;
  }
}

// Rendered pages kept in memory, least recently used first out, bounded in bytes.
// An entry is only good for the data version it was rendered from.

export interface CachedPage {
  status: number;
  headers: Record<string, string | string[]>;
  body: Buffer;
  version: number;
}

export class PageCache {
  private readonly pages = new Map<string, CachedPage>();
  private bytes = 0;

  constructor(
    readonly maxBytes: number,
    /** Larger pages are not kept: they would push out many small ones. A quarter keeps a
     *  10,000-comment page (about 9 MB, the slowest to render) in the default 64 MB. */
    readonly maxEntryBytes = Math.floor(maxBytes / 4),
  ) {}

  get size(): { pages: number; bytes: number } {
    return { pages: this.pages.size, bytes: this.bytes };
  }

  /** The page for `key` if it was rendered from data `version`; a stale one is dropped. */
  get(key: string, version: number): CachedPage | undefined {
    const page = this.pages.get(key);
    if (!page) return undefined;
    if (page.version !== version) {
      this.drop(key, page);
      return undefined;
    }
    this.pages.delete(key); // re-inserted: the most recently used goes last
    this.pages.set(key, page);
    return page;
  }

  set(key: string, page: CachedPage): void {
    if (cost(key, page) > this.maxEntryBytes) return;
    const old = this.pages.get(key);
    if (old) this.drop(key, old);
    this.pages.set(key, page);
    this.bytes += cost(key, page);
    for (const [oldest, victim] of this.pages) {
      if (this.bytes <= this.maxBytes) break;
      this.drop(oldest, victim);
    }
  }

  private drop(key: string, page: CachedPage): void {
    this.pages.delete(key);
    this.bytes -= cost(key, page);
  }
}

/** What an entry holds: its body, its key and its headers (an entry's key and headers can be as large as a small page). */
export function cost(key: string, page: CachedPage): number {
  let bytes = page.body.length + 2 * key.length + 64;
  for (const [name, value] of Object.entries(page.headers)) bytes += 2 * (name.length + String(value).length);
  return bytes;
}

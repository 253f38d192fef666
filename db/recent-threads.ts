// Big threads fetch ten thousand rows a page view, so every store keeps the rows of recently
// read threads, each checked against its document's content hash (which any re-ingest changes,
// in this process or another) before it is used again.
export class RecentThreads<T> {
  /** By document id, most recent last. */
  private readonly recent = new Map<string, { hash: string; rows: T }>();
  constructor(private readonly size = 32) {}

  /** The rows kept for `documentId` if they were read at `hash`. */
  peek(documentId: string, hash: string): T | undefined {
    const entry = this.recent.get(documentId);
    if (entry?.hash !== hash) return undefined;
    this.recent.delete(documentId);
    this.recent.set(documentId, entry);
    return entry.rows;
  }

  put(documentId: string, hash: string, rows: T): T {
    this.recent.delete(documentId);
    this.recent.set(documentId, { hash, rows });
    if (this.recent.size > this.size) this.recent.delete(this.recent.keys().next().value!);
    return rows;
  }
}

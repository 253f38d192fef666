// Big threads fetch ten thousand rows a page view, so every store keeps the rows of recently
// read threads, each checked against its document's content hash (which any re-ingest changes,
// in this process or another) before it is used again. They are kept as arrays in this column
// order, and each read gets fresh objects of one shape from them: the tree code walks ten
// thousand of them, and the objects drivers make (with fields added one by one) are several
// times slower to walk.
import type { CommentRow } from "./store";

/** A thread's columns in this order. */
export const THREAD_COLUMNS = "id, document_id, position, parent_id, depth, author, author_source, parent_source, parent_author, reply_to, posted_at, posted_at_text, text";
export type ThreadTuple = [string, string, number, string | null, number, string | null, CommentRow["authorSource"], CommentRow["parentSource"], string | null, string | null, string | null, string | null, string];

export const fromTuples = (tuples: readonly ThreadTuple[]): CommentRow[] =>
  tuples.map(([id, documentId, position, parentId, depth, author, authorSource, parentSource, parentAuthor, replyTo, postedAt, postedAtText, text]) => ({
    id, documentId, position, parentId, depth, author, authorSource, parentSource, parentAuthor, replyTo, postedAt, postedAtText, text,
  }));

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

// Writes for ingest: every document stored whole or not at all (an export's many, as they are read).
import { documents } from "./schema";
import { StoreBusy, type KnownDocument, type StoreItem } from "../store";
import { CommenterTally, documentStats, parentAuthors, retirements, type PreviousComment } from "../write-plan";
import type { Db } from "./client";
import { isBusy } from "./write-errors";

export function knownDocuments(db: Db): Map<string, KnownDocument> {
  const rows = db.select({ source: documents.source, id: documents.id, hash: documents.contentHash, origin: documents.origin }).from(documents).all();
  return new Map(rows.map(({ source, ...known }) => [source, known]));
}

/** Documents of a file that failed part way: their hash is cleared, so the next ingest reads the file again. */
export function forgetContentHashes(db: Db, sources: readonly string[]): void {
  const forget = db.$client.prepare("UPDATE documents SET content_hash = '' WHERE source = ?");
  try {
    db.$client.transaction(() => sources.forEach((source) => forget.run(source))).immediate();
  } catch (error) {
    throw isBusy(error) ? new StoreBusy(error) : error;
  }
}

/**
 * Stores dumps in batches, one transaction per batch, so a dump is stored whole or not at
 * all and readers never see half of one. No savepoint per dump: FTS5 flushes its pending
 * index at every savepoint, which made ingest three times slower. A dump that fails (say,
 * an id clash) rolls its batch back, which is then stored dump by dump so only it is lost.
 * Ingest writes millions of rows, so this speaks to better-sqlite3 through prepared statements.
 * Transactions are immediate (they read, then write: a deferred one fails at once when another
 * process writes), and a database still locked after the busy timeout throws StoreBusy, for the
 * caller to wait and try again: no document is reported lost for being second.
 */
export function createDocumentWriter(db: Db) {
  const sqlite = db.$client;
  const deleteDocument = sqlite.prepare("DELETE FROM documents WHERE source = ?");
  const insertDocument = sqlite.prepare(
    `INSERT INTO documents (id, source, origin, content_hash, title, subtitle, site, comment_count, commenter_count, first_comment_at, last_comment_at, ingested_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertBlock = sqlite.prepare("INSERT INTO blocks (document_id, position, kind, text) VALUES (?, ?, ?, ?)");
  const insertComment = sqlite.prepare(
    `INSERT INTO comments (id, document_id, position, parent_id, depth, author, author_source, parent_source, parent_author, reply_to, posted_at, posted_at_text, text)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const previousComments = sqlite.prepare<[string], PreviousComment>(
    "SELECT c.id, c.position, c.author, c.parent_author AS parentAuthor FROM comments c JOIN documents d ON d.id = c.document_id WHERE d.source = ?",
  );
  const countCommenter = sqlite.prepare(
    `INSERT INTO commenters (name, comments, articles) VALUES (?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET comments = comments + excluded.comments, articles = articles + excluded.articles`,
  );
  const dropCommenter = sqlite.prepare("DELETE FROM commenters WHERE name = ? AND comments <= 0");
  const countReplies = sqlite.prepare(
    `INSERT INTO reply_counts (author, parent_author, replies) VALUES (?, ?, ?)
     ON CONFLICT (author, parent_author) DO UPDATE SET replies = replies + excluded.replies`,
  );
  const dropReplies = sqlite.prepare("DELETE FROM reply_counts WHERE author = ? AND parent_author = ? AND replies <= 0");
  const applyTally = (tally: CommenterTally) => {
    const { commenters, replies } = tally.changes();
    for (const c of commenters) {
      countCommenter.run(c.name, c.comments, c.articles);
      if (c.comments < 0) dropCommenter.run(c.name);
    }
    for (const r of replies) {
      countReplies.run(r.author, r.parentAuthor, r.replies);
      if (r.replies < 0) dropReplies.run(r.author, r.parentAuthor);
    }
  };
  const retire = sqlite.prepare("INSERT OR REPLACE INTO retired_comments (id, document_id, replaced_by) VALUES (?, ?, ?)");
  const unretire = sqlite.prepare("DELETE FROM retired_comments WHERE id = ?");
  // Comments are indexed for search here rather than by a trigger: see drizzle/0002.
  const indexComment = sqlite.prepare("INSERT INTO comments_fts (rowid, text, author) VALUES (?, ?, ?)");
  const stored = sqlite.prepare<[string], 1>("SELECT 1 FROM documents WHERE source = ?").pluck();
  const insertOne = ({ documentId, contentHash, origin, doc }: StoreItem, tally: CommenterTally) => {
    const { commenters, first, last } = documentStats(doc);
    // Only a document stored before is deleted: a DELETE, even of nothing, runs in a statement
    // savepoint (its cascade has triggers), where FTS5 flushes its pending index: 100 µs a new
    // document, and a search index of tiny segments.
    const replacing = stored.get(doc.source) !== undefined;
    const previous = replacing ? previousComments.all(doc.source) : [];
    tally.count(previous, -1);
    if (replacing) deleteDocument.run(doc.source);
    insertDocument.run(documentId, doc.source, origin, contentHash, doc.title, doc.subtitle, doc.site, doc.comments.length, commenters, first, last, Date.now());
    doc.body.forEach((b, position) => insertBlock.run(documentId, position, b.kind, b.text));
    const parents = parentAuthors(doc);
    doc.comments.forEach((c, position) => {
      const { lastInsertRowid } = insertComment.run(c.id, documentId, position, c.parentId, c.depth, c.author, c.authorSource, c.parentSource, parents[position], c.replyTo, c.postedAt, c.postedAtText, c.text);
      indexComment.run(lastInsertRowid, c.text, c.author);
    });
    tally.count(doc.comments.map((c, position) => ({ author: c.author, parentAuthor: parents[position]! })), 1);
    if (previous.length === 0) return;
    const { retire: retired, unretire: back } = retirements(previous, doc);
    for (const r of retired) retire.run(r.id, documentId, r.replacedBy);
    for (const id of back) unretire.run(id);
  };
  // Plain functions inside one transaction: nesting transaction() would open savepoints.
  const storeAll = sqlite.transaction((items: readonly StoreItem[]) => {
    const tally = new CommenterTally();
    for (const item of items) insertOne(item, tally);
    applyTally(tally);
  });
  /** Returns, for each item, null when stored or the reason it was not. */
  return (items: readonly StoreItem[]): (string | null)[] => {
    try {
      storeAll.immediate(items);
      return items.map(() => null);
    } catch (error) {
      if (isBusy(error)) throw new StoreBusy(error);
      // Something in the batch failed and the batch rolled back: store one by one to find it.
      return items.map((item) => {
        try {
          storeAll.immediate([item]);
          return null;
        } catch (error) {
          if (isBusy(error)) throw new StoreBusy(error);
          return error instanceof Error ? error.message : String(error);
        }
      });
    }
  };
}

// The only module that speaks SQL. Everything above it works with plain rows.
import { asc, count, eq } from "drizzle-orm";
import type { ParsedDocument } from "../server/parser";
import type { Db } from "./client";
import { blocks, comments, documents } from "./schema";

export function findContentHash(db: Db, source: string): string | undefined {
  return db.select({ hash: documents.contentHash }).from(documents).where(eq(documents.source, source)).get()?.hash;
}

/**
 * Replaces everything stored for one dump in a single transaction, so readers see the
 * old version or the new one, never half of either.
 */
export function storeDocument(db: Db, documentId: string, contentHash: string, doc: ParsedDocument): void {
  const authors = new Set(doc.comments.map((c) => c.author).filter((a) => a !== null));
  const times = doc.comments.map((c) => c.postedAt).filter((t) => t !== null).sort();
  db.transaction((tx) => {
    tx.delete(documents).where(eq(documents.source, doc.source)).run();
    tx.insert(documents)
      .values({
        id: documentId,
        source: doc.source,
        contentHash,
        title: doc.title,
        subtitle: doc.subtitle,
        site: doc.site,
        commentCount: doc.comments.length,
        commenterCount: authors.size,
        firstCommentAt: times[0] ?? null,
        lastCommentAt: times[times.length - 1] ?? null,
      })
      .run();
    for (const rows of chunks(doc.body.map((block, position) => ({ documentId, position, ...block }))))
      tx.insert(blocks).values(rows).run();
    for (const rows of chunks(doc.comments.map((c, position) => ({ ...c, documentId, position }))))
      tx.insert(comments).values(rows).run();
  });
}

export function listArticles(db: Db) {
  return db
    .select({
      id: documents.id,
      title: documents.title,
      site: documents.site,
      source: documents.source,
      commentCount: documents.commentCount,
      commenterCount: documents.commenterCount,
      firstCommentAt: documents.firstCommentAt,
      lastCommentAt: documents.lastCommentAt,
    })
    .from(documents)
    .orderBy(asc(documents.source))
    .all();
}

export function getArticle(db: Db, id: string) {
  const document = db.select().from(documents).where(eq(documents.id, id)).get();
  if (!document) return undefined;
  const body = db.select({ kind: blocks.kind, text: blocks.text }).from(blocks).where(eq(blocks.documentId, id)).orderBy(asc(blocks.position)).all();
  return { document, body };
}

/** A whole thread in one ordered query; the tree is built in memory. */
export function getThreadComments(db: Db, documentId: string) {
  return db.select().from(comments).where(eq(comments.documentId, documentId)).orderBy(asc(comments.position)).all();
}

export function countRows(db: Db) {
  return {
    documents: db.select({ n: count() }).from(documents).get()!.n,
    blocks: db.select({ n: count() }).from(blocks).get()!.n,
    comments: db.select({ n: count() }).from(comments).get()!.n,
  };
}

/** Multi-row inserts well under SQLite's limit on bound variables per statement. */
function chunks<T>(rows: T[], size = 500): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

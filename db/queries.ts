// The only module that speaks SQL. Everything above it works with plain rows.
import { asc, count, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import type { ParsedDocument } from "../server/parser";
import type { Db } from "./client";
import { blocks, comments, documents, type CommentRow } from "./schema";
import { toFtsQuery } from "./search-query";

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

export const ARTICLE_SORTS = ["discussed", "recent", "title"] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];

const ARTICLE_ORDER: Record<ArticleSort, SQL[]> = {
  discussed: [desc(documents.commentCount), asc(documents.source)],
  recent: [sql`${documents.lastCommentAt} IS NULL`, desc(documents.lastCommentAt), asc(documents.source)],
  title: [sql`coalesce(${documents.title}, ${documents.source}) COLLATE NOCASE`, asc(documents.source)],
};

export function listArticles(db: Db, options: { sort?: ArticleSort; q?: string; limit?: number } = {}) {
  const pattern = options.q ? `%${options.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
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
    .where(pattern ? or(sql`${documents.title} LIKE ${pattern} ESCAPE '\\'`, sql`${documents.site} LIKE ${pattern} ESCAPE '\\'`, sql`${documents.source} LIKE ${pattern} ESCAPE '\\'`) : undefined)
    .orderBy(...ARTICLE_ORDER[options.sort ?? "discussed"])
    .limit(options.limit ?? 500)
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

/** Ids of the comments in one thread that match a reader's search. */
export function searchThread(db: Db, documentId: string, q: string): Set<string> {
  const match = toFtsQuery(q);
  if (!match) return new Set();
  const rows = db.all<{ id: string }>(sql`
    SELECT c.id FROM comments_fts f JOIN comments c ON c.rowid = f.rowid
    WHERE comments_fts MATCH ${match} AND c.document_id = ${documentId}`);
  return new Set(rows.map((r) => r.id));
}

/** Matching comments across the corpus, best first, with a highlighted snippet. */
export function searchCorpus(db: Db, q: string, limit = 50) {
  const match = toFtsQuery(q);
  if (!match) return [];
  return db.all<{ id: string; documentId: string; title: string | null; author: string | null; postedAt: string | null; snippet: string }>(sql`
    SELECT c.id, c.document_id AS documentId, d.title, c.author, c.posted_at AS postedAt,
           snippet(comments_fts, 0, char(2), char(3), '…', 24) AS snippet
    FROM comments_fts f JOIN comments c ON c.rowid = f.rowid JOIN documents d ON d.id = c.document_id
    WHERE comments_fts MATCH ${match}
    ORDER BY rank LIMIT ${limit}`);
}

export function getComment(db: Db, id: string) {
  const comment = db.select().from(comments).where(eq(comments.id, id)).get();
  if (!comment) return undefined;
  const document = db
    .select({ id: documents.id, title: documents.title, source: documents.source, site: documents.site })
    .from(documents)
    .where(eq(documents.id, comment.documentId))
    .get()!;
  return { comment, document };
}

/** Up to `limit` ancestors of a comment, nearest last (thread order). */
export function getAncestors(db: Db, id: string, limit: number): CommentRow[] {
  const rows = db.all<{ id: string; hops: number }>(sql`
    WITH RECURSIVE up(id, parent_id, hops) AS (
      SELECT id, parent_id, 0 FROM comments WHERE id = ${id}
      UNION ALL
      SELECT c.id, c.parent_id, up.hops + 1 FROM comments c JOIN up ON c.id = up.parent_id WHERE up.hops < ${limit}
    )
    SELECT id, hops FROM up WHERE hops > 0 ORDER BY hops DESC`);
  if (rows.length === 0) return [];
  const byId = new Map(db.select().from(comments).where(inArray(comments.id, rows.map((r) => r.id))).all().map((c) => [c.id, c]));
  return rows.map((r) => byId.get(r.id)!);
}

/** A comment and everything beneath it, in document order. */
export function getSubtree(db: Db, id: string): CommentRow[] {
  const rows = db.all<{ id: string }>(sql`
    WITH RECURSIVE down(id) AS (
      SELECT id FROM comments WHERE id = ${id}
      UNION ALL
      SELECT c.id FROM comments c JOIN down ON c.parent_id = down.id
    )
    SELECT id FROM down`);
  if (rows.length === 0) return [];
  const ids = new Set(rows.map((r) => r.id));
  const documentId = db.select({ d: comments.documentId }).from(comments).where(eq(comments.id, id)).get()!.d;
  return getThreadComments(db, documentId).filter((c) => ids.has(c.id));
}

/** Commenters in one thread with how often each wrote. */
export function threadAuthors(db: Db, documentId: string) {
  return db
    .select({ name: sql<string>`${comments.author}`, count: count() })
    .from(comments)
    .where(sql`${comments.documentId} = ${documentId} AND ${comments.author} IS NOT NULL`)
    .groupBy(comments.author)
    .orderBy(desc(count()), asc(comments.author))
    .all();
}

/** Everything one commenter wrote across the corpus, newest first, with where and to whom. */
export function getAuthor(db: Db, name: string, limit = 500) {
  const rows = db.all<CommentRow & { articleTitle: string | null; parentAuthor: string | null; parentText: string | null }>(sql`
    SELECT c.id, c.document_id AS documentId, c.position, c.parent_id AS parentId, c.depth, c.author,
           c.author_source AS authorSource, c.reply_to AS replyTo, c.posted_at AS postedAt,
           c.posted_at_text AS postedAtText, c.text,
           d.title AS articleTitle, p.author AS parentAuthor, substr(p.text, 1, 160) AS parentText
    FROM comments c JOIN documents d ON d.id = c.document_id LEFT JOIN comments p ON p.id = c.parent_id
    WHERE c.author = ${name}
    ORDER BY c.posted_at IS NULL, c.posted_at DESC, c.document_id, c.position
    LIMIT ${limit}`);
  if (rows.length === 0) return undefined;
  const stats = db.get<{ total: number; articles: number; first: string | null; last: string | null }>(sql`
    SELECT count(*) AS total, count(DISTINCT document_id) AS articles, min(posted_at) AS first, max(posted_at) AS last
    FROM comments WHERE author = ${name}`)!;
  const repliesTo = db.all<{ name: string; count: number }>(sql`
    SELECT p.author AS name, count(*) AS count FROM comments c JOIN comments p ON p.id = c.parent_id
    WHERE c.author = ${name} AND p.author IS NOT NULL AND p.author <> ${name}
    GROUP BY p.author ORDER BY count DESC, p.author LIMIT 5`);
  const repliedBy = db.all<{ name: string; count: number }>(sql`
    SELECT c.author AS name, count(*) AS count FROM comments c JOIN comments p ON p.id = c.parent_id
    WHERE p.author = ${name} AND c.author IS NOT NULL AND c.author <> ${name}
    GROUP BY c.author ORDER BY count DESC, c.author LIMIT 5`);
  return { name, comments: rows, ...stats, repliesTo, repliedBy };
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

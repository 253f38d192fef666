// Reads for pages and procedures. With document-writer.ts, the only code that speaks SQL:
// everything above db/ works with plain rows.
import { asc, count, desc, eq, getTableColumns, inArray, or, sql, type SQL } from "drizzle-orm";
import type Database from "better-sqlite3";
import type { Db } from "./client";
import type { ArticleSort, AuthorPage, CommentRow, Named, SearchHit, ThreadWindow } from "../store";
import { blocks, comments, documents } from "./schema";
import { ACCEPT_ALL, toFtsQuery, type FtsQueries } from "./search-query";
import { wholeWordsFirst } from "../search-words";
import type { ParsedDocument } from "../../contract/contract";
import { fromTuples, RecentThreads, THREAD_COLUMNS, type ThreadTuple } from "../recent-threads";
import { toStoredDocument } from "../stored-document";
import { shownCounts } from "../write-plan";


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

/** Every stored article's id, in title order. */
export function listDocumentIds(db: Db): string[] {
  return db.select({ id: documents.id }).from(documents).orderBy(asc(documents.title), asc(documents.id)).all().map((r) => r.id);
}

/** A stored article back in the document contract's shape, for exports. */
export function getStoredDocument(db: Db, id: string): ParsedDocument | undefined {
  const article = getArticle(db, id);
  return article && toStoredDocument(article, getThreadComments(db, id));
}

export function getDocument(db: Db, id: string) {
  const { origin: _, ...shown } = getTableColumns(documents); // where a file lay is not the readers' business
  return db.select(shown).from(documents).where(eq(documents.id, id)).get();
}

export function getArticle(db: Db, id: string) {
  const document = getDocument(db, id);
  if (!document) return undefined;
  const body = db.select({ kind: blocks.kind, text: blocks.text }).from(blocks).where(eq(blocks.documentId, id)).orderBy(asc(blocks.position)).all();
  return { document, body };
}

interface ThreadCache {
  statement: Database.Statement<[string], ThreadTuple>;
  window: Database.Statement<[string, number, number], ThreadTuple>;
  version: Database.Statement<[string], { hash: string; count: number }>;
  recent: RecentThreads<ThreadTuple[]>;
}
const threadCaches = new WeakMap<Db, ThreadCache>();

/**
 * A thread in document order; the tree is built in memory. Recent threads' rows are kept as
 * arrays (../recent-threads.ts) and each call gets fresh objects it may freely make a tree of.
 * A window of a thread larger than it is read afresh and not kept.
 */
export function getThreadComments(db: Db, documentId: string, window?: ThreadWindow): CommentRow[] {
  let cache = threadCaches.get(db);
  if (!cache) {
    cache = {
      statement: db.$client
        .prepare<[string], ThreadTuple>(
          `SELECT ${THREAD_COLUMNS} FROM comments WHERE document_id = ? ORDER BY position`,
        )
        .raw(),
      window: db.$client
        .prepare<[string, number, number], ThreadTuple>(`SELECT ${THREAD_COLUMNS} FROM comments WHERE document_id = ? AND position >= ? ORDER BY position LIMIT ?`)
        .raw(),
      version: db.$client.prepare<[string], { hash: string; count: number }>("SELECT content_hash AS hash, comment_count AS count FROM documents WHERE id = ?"),
      recent: new RecentThreads(),
    };
    threadCaches.set(db, cache);
  }
  const version = cache.version.get(documentId);
  if (version === undefined) return [];
  const { hash, count } = version;
  if (window && (window.from > 0 || window.limit < count)) return fromTuples(cache.window.all(documentId, window.from, window.limit));
  const tuples = cache.recent.peek(documentId, hash) ?? cache.recent.put(documentId, hash, cache.statement.all(documentId));
  return fromTuples(tuples);
}

/**
 * Runs a search with the reader's query, or with its conservative form where this SQLite's
 * tokenizer splits a character that JavaScript calls a letter (classes newer than its tables):
 * FTS5 would see a phrase there and refuse it. What still fails to parse matches nothing.
 */
function runSearch<T>(queries: FtsQueries, run: (match: string) => T[]): T[] {
  for (const match of queries) {
    if (!match) break;
    try {
      return run(match);
    } catch (error) {
      if (!(error instanceof Error && /^fts5:/.test(error.message))) throw error;
    }
  }
  return [];
}

const threadSearches = new WeakMap<Db, { range: Database.Statement<[string], [number | null, number | null]>; ids: Database.Statement; texts: Database.Statement }>();

/** Ids of the comments in one thread that match a reader's search. */
export function searchThread(db: Db, documentId: string, q: string): Set<string> {
  const search = toFtsQuery(q);
  if (!search) return new Set();
  // Prepared once and read as arrays: on a big thread, a statement made per call and rows made
  // into objects cost as much as the search itself.
  let statements = threadSearches.get(db);
  if (!statements) {
    // A dump's comments are stored in one transaction, so their rowids form one range; FTS5
    // searches just that range instead of every match in the corpus.
    const matching = (columns: string) => `SELECT ${columns} FROM comments_fts f JOIN comments c ON c.rowid = f.rowid
      WHERE comments_fts MATCH ? AND f.rowid BETWEEN ? AND ? AND c.document_id = ?`;
    statements = {
      range: db.$client.prepare<[string], [number | null, number | null]>("SELECT min(rowid), max(rowid) FROM comments WHERE document_id = ?").raw(),
      ids: db.$client.prepare(matching("c.id")).pluck(),
      // The texts are read only where a joined word must be checked on them.
      texts: db.$client.prepare(matching("c.id, c.text")).raw(),
    };
    threadSearches.set(db, statements);
  }
  const [lo, hi] = statements.range.get(documentId) ?? [null, null];
  if (lo === null || hi === null) return new Set();
  if (search.accepts === ACCEPT_ALL) return new Set(runSearch(search.match, (match) => statements.ids.all(match, lo, hi, documentId) as string[]));
  const rows = runSearch(search.match, (match) => statements.texts.all(match, lo, hi, documentId) as [string, string][]);
  return new Set(rows.filter(([, text]) => search.accepts(text)).map(([id]) => id));
}

/**
 * Comments across the corpus that match, whole words first (../search-words.ts), each latest
 * ingested first. Not ranked: FTS5 ranks by scoring every match, which for a common word in a
 * million comments takes hundreds of milliseconds, while walking the index newest-first stops at
 * `limit`. Words FTS5 sees in pieces (`don't`) are checked on the text afterwards, so more
 * candidates are read for them.
 */
export function searchCorpus(db: Db, q: string, limit = 50) {
  const search = toFtsQuery(q);
  if (!search) return [];
  const candidates = search.accepts === ACCEPT_ALL ? limit : limit * 8;
  const read = (queries: FtsQueries) =>
    runSearch(queries, (match) =>
      db.all<SearchHit>(sql`
        SELECT c.id, c.document_id AS documentId, d.title, c.author, c.posted_at AS postedAt, c.text
        FROM comments c JOIN documents d ON d.id = c.document_id
        WHERE c.rowid IN (SELECT rowid FROM comments_fts WHERE comments_fts MATCH ${match} ORDER BY rowid DESC LIMIT ${candidates})
        ORDER BY c.rowid DESC`),
    );
  const rows = wholeWordsFirst(read(search.whole), candidates, () => read(search.match));
  return rows.filter((r) => search.accepts(r.text)).slice(0, limit);
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

/** Where a permalink whose comment a re-ingest took away should lead. */
export function findRetiredComment(db: Db, id: string) {
  return db.get<{ documentId: string; replacedBy: string | null; title: string | null }>(sql`
    SELECT r.document_id AS documentId, r.replaced_by AS replacedBy, d.title
    FROM retired_comments r JOIN documents d ON d.id = r.document_id WHERE r.id = ${id}`);
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

/**
 * A comment and up to `limit` - 1 comments beneath it, in document order. The walk goes level by
 * level (SQLite's recursive queue is first in, first out), so a cut subtree keeps every parent.
 */
export function getSubtree(db: Db, id: string, limit: number): CommentRow[] {
  return fromTuples(
    db.$client
      .prepare<[string, number], ThreadTuple>(
        `WITH RECURSIVE down(id) AS (
           SELECT id FROM comments WHERE id = ?
           UNION ALL
           SELECT c.id FROM comments c JOIN down ON c.parent_id = down.id
           LIMIT ?
         )
         SELECT ${THREAD_COLUMNS} FROM comments WHERE id IN (SELECT id FROM down) ORDER BY position`,
      )
      .raw()
      .all(id, limit),
  );
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

/** A commenter's comments with their article's title and the start of what they answer. */
const AUTHOR_COMMENTS = sql`
    SELECT c.id, c.document_id AS documentId, c.position, c.parent_id AS parentId, c.depth, c.author,
           c.author_source AS authorSource, c.parent_source AS parentSource, c.parent_author AS parentAuthor, c.reply_to AS replyTo, c.posted_at AS postedAt,
           c.posted_at_text AS postedAtText, c.text, d.title AS articleTitle, substr(p.text, 1, 160) AS parentText
    FROM comments c JOIN documents d ON d.id = c.document_id LEFT JOIN comments p ON p.id = c.parent_id`;

/** Everything one commenter wrote across the corpus, newest first, with where and to whom; counts come from indexes alone. */
export function getAuthor(db: Db, name: string, limit = 500) {
  const rows = db.all<AuthorPage["comments"][number]>(sql`${AUTHOR_COMMENTS} WHERE c.author = ${name} ORDER BY c.posted_at DESC LIMIT ${limit}`);
  if (rows.length === 0) return undefined;
  // Counts from the tables writes keep (../write-plan.ts): a few rows, however much they wrote.
  const counts = db.get<{ total: number; articles: number }>(sql`SELECT comments AS total, articles FROM commenters WHERE name = ${name}`) ?? shownCounts(rows);
  const first = db.get<{ at: string }>(sql`SELECT posted_at AS at FROM comments WHERE author = ${name} AND posted_at IS NOT NULL ORDER BY posted_at LIMIT 1`);
  const last = db.get<{ at: string }>(sql`SELECT posted_at AS at FROM comments WHERE author = ${name} AND posted_at IS NOT NULL ORDER BY posted_at DESC LIMIT 1`);
  const repliesTo = db.all<Named>(sql`
    SELECT parent_author AS name, replies AS count FROM reply_counts WHERE author = ${name} ORDER BY replies DESC, parent_author LIMIT 5`);
  const repliedBy = db.all<Named>(sql`
    SELECT author AS name, replies AS count FROM reply_counts WHERE parent_author = ${name} ORDER BY replies DESC, author LIMIT 5`);
  const stats = { ...counts, first: first?.at ?? null, last: last?.at ?? null };
  return { name, comments: rows, ...stats, repliesTo, repliedBy };
}

/** What two commenters wrote each other, newest first: each side read by its author's index. */
export function getExchange(db: Db, name: string, other: string, limit = 500) {
  return db.all<AuthorPage["comments"][number]>(sql`
    SELECT * FROM (${AUTHOR_COMMENTS} WHERE c.author = ${name} AND c.parent_author = ${other}
                   UNION ALL ${AUTHOR_COMMENTS} WHERE c.author = ${other} AND c.parent_author = ${name})
    ORDER BY postedAt DESC, documentId, position LIMIT ${limit}`);
}

export function countRows(db: Db) {
  return {
    documents: db.select({ n: count() }).from(documents).get()!.n,
    blocks: db.select({ n: count() }).from(blocks).get()!.n,
    comments: db.select({ n: count() }).from(comments).get()!.n,
  };
}

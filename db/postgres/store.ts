// The PostgreSQL store: node-postgres through drizzle (its migrator and schema), the queries in
// SQL of their own; see ../store.ts and decision record 006.
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import type { BodyBlock } from "../../contract/contract";
import { migrationsFolder, refuseNewer } from "../migrations";
import { ACCEPT_ALL, fold, MAX_TOKENS, readerSearch, wholeWordsFirst } from "../search-words";
import type { ArticleListItem, AuthorPage, CommentRow, DocumentRow, KnownDocument, Named, SearchHit, Store, StoreItem, ThreadWindow } from "../store";
import { fromTuples, RecentThreads, THREAD_COLUMNS, type ThreadTuple } from "../recent-threads";
import { toStoredDocument } from "../stored-document";
import { CommenterTally, documentStats, parentAuthors, retirements, shownCounts, type PreviousComment } from "../write-plan";
import * as schema from "./schema";

const COMMENT_COLUMNS = `c.id, c.document_id AS "documentId", c.position, c.parent_id AS "parentId", c.depth, c.author,
  c.author_source AS "authorSource", c.parent_source AS "parentSource", c.parent_author AS "parentAuthor",
  c.reply_to AS "replyTo", c.posted_at AS "postedAt", c.posted_at_text AS "postedAtText", c.text`;
/** A commenter's comments with their article's title and the start of what they answer. */
const AUTHOR_COMMENTS = `SELECT ${COMMENT_COLUMNS}, d.title AS "articleTitle", substr(p.text, 1, 160) AS "parentText"
  FROM comments c JOIN documents d ON d.id = c.document_id LEFT JOIN comments p ON p.id = c.parent_id`;
const DOCUMENT_COLUMNS = `id, source, content_hash AS "contentHash", title, subtitle, site, comment_count AS "commentCount",
  commenter_count AS "commenterCount", first_comment_at AS "firstCommentAt", last_comment_at AS "lastCommentAt", ingested_at AS "ingestedAt"`;
/**
 * Names and titles are ordered by code point, as SQLite orders them, whatever the server's
 * locale. Times are ISO 8601 of one width, ordered alike by every collation: they keep the
 * column's, so the commenter index serves "newest first".
 */
const ARTICLE_ORDER = {
  discussed: `comment_count DESC, source COLLATE "C"`,
  recent: `last_comment_at IS NULL, last_comment_at DESC, source COLLATE "C"`,
  title: `lower(coalesce(title, source)) COLLATE "C", source COLLATE "C"`,
} as const;
/** Migrations run under this advisory lock: app servers started together migrate once. */
const MIGRATION_LOCK = 7_349_210;
const CHANGES = "rethread_changes";

/**
 * A reader's search as a tsquery of single tokens, each folded as the index was; the last a prefix
 * in `query`, a whole word in `whole` (../search-words.ts).
 */
function toTsQuery(q: string): { query: string; whole: string; accepts: (text: string) => boolean } | null {
  const search = readerSearch(q);
  if (!search) return null;
  const tokens = search.words.flat().slice(0, MAX_TOKENS).map(fold);
  // Tokens are letters and digits only: nothing in them is tsquery syntax.
  const query = (prefix: boolean) => tokens.map((t, i) => `'${t}'${prefix && i === tokens.length - 1 ? ":*" : ""}`).join(" & ");
  return { query: query(true), whole: query(false), accepts: search.accepts };
}

/**
 * Opens the store at `url`, migrated; throws one line for a server that cannot be reached or
 * used. With `replicaUrl` (a streaming replica of it) reads go there, except right after this
 * store's own write until the replica has replayed it: a writer reads what it wrote.
 */
export async function openPostgresStore(url: string, replicaUrl?: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: 8 });
  pool.on("error", () => {}); // an idle connection that dropped is replaced on the next query
  const client = await pool.connect().catch((error: Error) => {
    void pool.end();
    throw new Error(`cannot connect to PostgreSQL: ${error.message}`);
  });
  let migrated: string; // the primary's WAL position with the schema in place
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await migrate(drizzle(client, { schema }), { migrationsFolder: migrationsFolder("postgres") });
    refuseNewer("postgres", Number((await client.query<{ n: string }>("SELECT count(*) AS n FROM drizzle.__drizzle_migrations")).rows[0]!.n));
    migrated = (await client.query<{ lsn: string }>("SELECT pg_current_wal_lsn() AS lsn")).rows[0]!.lsn;
  } catch (error) {
    void pool.end();
    throw error;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
  const replica = replicaUrl ? new pg.Pool({ connectionString: replicaUrl, max: 8 }) : null;
  replica?.on("error", () => {});
  // The token is the version the reading side has: a page is cached under what it was read from.
  const reads = replica ?? pool;
  const changes = await replayed(reads, migrated)
    .then(() => followChanges(reads, url))
    .catch(async (error: Error) => {
      await Promise.all([pool.end(), replica?.end()]);
      throw new Error(`cannot read the replica: ${error.message}`);
    });
  let written = 0; // the version of this store's last write
  const readPool = () => (replica && (changes.token ?? -1) >= written ? replica : pool);

  const rows = async <T>(text: string, values: unknown[] = []): Promise<T[]> => (await readPool().query(text, values)).rows as T[];
  const one = async <T>(text: string, values: unknown[] = []): Promise<T | undefined> => (await rows<T>(text, values))[0];
  const getDocument = (id: string) => one<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE id = $1`, [id]);
  const getArticle = async (id: string) => {
    const document = await getDocument(id);
    if (!document) return undefined;
    const body = await rows<BodyBlock>("SELECT kind, text FROM blocks WHERE document_id = $1 ORDER BY position", [id]);
    return { document, body };
  };
  const recent = new RecentThreads<ThreadTuple[]>();
  /** A whole thread in document order; recent threads' rows are kept (../recent-threads.ts), each call gets fresh objects. */
  // As on SQLite (../sqlite/queries.ts): whole threads kept as arrays, a window of a larger one read afresh.
  const getThreadComments = async (documentId: string, window?: ThreadWindow): Promise<CommentRow[]> => {
    const version = await one<{ hash: string; count: number }>("SELECT content_hash AS hash, comment_count AS count FROM documents WHERE id = $1", [documentId]);
    if (version === undefined) return [];
    const { hash, count } = version;
    const tuples = async (from = 0, limit: number | null = null) =>
      (await readPool().query<ThreadTuple>({ text: `SELECT ${THREAD_COLUMNS} FROM comments WHERE document_id = $1 AND position >= $2 ORDER BY position LIMIT $3`, values: [documentId, from, limit], rowMode: "array" })).rows;
    if (window && (window.from > 0 || window.limit < count)) return fromTuples(await tuples(window.from, window.limit));
    const read = () => tuples();
    return fromTuples(recent.peek(documentId, hash) ?? recent.put(documentId, hash, await read()));
  };
  /** Runs `work` in one transaction that also raises the change token, announced at commit. */
  const transaction = async <T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const result = await work(client);
      const { rows: raised } = await client.query<{ version: string }>("UPDATE changes SET version = version + 1 WHERE id = 1 RETURNING version");
      await client.query("SELECT pg_notify($1, $2)", [CHANGES, raised[0]!.version]);
      await client.query("COMMIT");
      written = Math.max(written, Number(raised[0]!.version));
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  };
  /** Adds a write's commenter counts (../write-plan.ts), sorted, so concurrent writers lock rows in one order. */
  const applyTally = async (client: pg.PoolClient, tally: CommenterTally) => {
    const { commenters, replies } = tally.changes();
    if (commenters.length > 0) {
      await client.query(
        `INSERT INTO commenters (name, comments, articles) SELECT * FROM unnest($1::text[], $2::int[], $3::int[])
         ON CONFLICT (name) DO UPDATE SET comments = commenters.comments + excluded.comments, articles = commenters.articles + excluded.articles`,
        [commenters.map((c) => c.name), commenters.map((c) => c.comments), commenters.map((c) => c.articles)],
      );
      const gone = commenters.filter((c) => c.comments < 0).map((c) => c.name);
      if (gone.length > 0) await client.query("DELETE FROM commenters WHERE name = ANY($1::text[]) AND comments <= 0", [gone]);
    }
    if (replies.length > 0) {
      await client.query(
        `INSERT INTO reply_counts (author, parent_author, replies) SELECT * FROM unnest($1::text[], $2::text[], $3::int[])
         ON CONFLICT (author, parent_author) DO UPDATE SET replies = reply_counts.replies + excluded.replies`,
        [replies.map((r) => r.author), replies.map((r) => r.parentAuthor), replies.map((r) => r.replies)],
      );
      const gone = replies.filter((r) => r.replies < 0);
      if (gone.length > 0) {
        await client.query("DELETE FROM reply_counts r USING unnest($1::text[], $2::text[]) AS g(author, parent_author) WHERE r.author = g.author AND r.parent_author = g.parent_author AND r.replies <= 0", [
          gone.map((r) => r.author),
          gone.map((r) => r.parentAuthor),
        ]);
      }
    }
  };
  /**
   * Stores documents in one statement a table, whatever their number: their rows as arrays
   * through `unnest` (no round trip a row, no parameter limit). Replacing a document deletes the
   * old one (its blocks and comments cascade) and retires the ids that vanished.
   */
  const writeMany = async (client: pg.PoolClient, items: readonly StoreItem[]) => {
    const sources = items.map((i) => i.doc.source);
    const previous = new Map<string, PreviousComment[]>();
    const old = await client.query<PreviousComment & { source: string }>(
      `SELECT d.source, c.id, c.position, c.author, c.parent_author AS "parentAuthor" FROM comments c JOIN documents d ON d.id = c.document_id WHERE d.source = ANY($1::text[])`,
      [sources],
    );
    for (const { source, ...c } of old.rows) previous.set(source, [...(previous.get(source) ?? []), c]);
    await client.query("DELETE FROM documents WHERE source = ANY($1::text[])", [sources]);
    const stats = items.map((i) => documentStats(i.doc));
    await client.query(
      `INSERT INTO documents (id, source, content_hash, title, subtitle, site, comment_count, commenter_count, first_comment_at, last_comment_at, origin)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::int[], $9::text[], $10::text[], $11::text[])`,
      [
        items.map((i) => i.documentId),
        sources,
        items.map((i) => i.contentHash),
        items.map((i) => i.doc.title),
        items.map((i) => i.doc.subtitle),
        items.map((i) => i.doc.site),
        items.map((i) => i.doc.comments.length),
        stats.map((s) => s.commenters),
        stats.map((s) => s.first),
        stats.map((s) => s.last),
        items.map((i) => i.origin),
      ],
    );
    const blocks = items.flatMap((i) => i.doc.body.map((b, position) => ({ documentId: i.documentId, position, ...b })));
    if (blocks.length > 0) {
      await client.query("INSERT INTO blocks (document_id, position, kind, text) SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[])", [
        blocks.map((b) => b.documentId),
        blocks.map((b) => b.position),
        blocks.map((b) => b.kind),
        blocks.map((b) => b.text),
      ]);
    }
    const tally = new CommenterTally();
    for (const before of previous.values()) tally.count(before, -1);
    const comments = items.flatMap(({ documentId, doc }) => {
      const parents = parentAuthors(doc);
      const rows = doc.comments.map((c, position) => ({ documentId, position, parentAuthor: parents[position]!, author: c.author, c }));
      tally.count(rows, 1);
      return rows;
    });
    if (comments.length > 0) {
      await client.query(
        `INSERT INTO comments (id, document_id, position, parent_id, depth, author, author_source, parent_source, parent_author, reply_to, posted_at, posted_at_text, text, search)
         SELECT id, document_id, position, parent_id, depth, author, author_source, parent_source, parent_author, reply_to, posted_at, posted_at_text, text, to_tsvector('rethread', folded)
         FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::int[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[])
           AS c(id, document_id, position, parent_id, depth, author, author_source, parent_source, parent_author, reply_to, posted_at, posted_at_text, text, folded)`,
        [
          comments.map((r) => r.c.id),
          comments.map((r) => r.documentId),
          comments.map((r) => r.position),
          comments.map((r) => r.c.parentId),
          comments.map((r) => r.c.depth),
          comments.map((r) => r.c.author),
          comments.map((r) => r.c.authorSource),
          comments.map((r) => r.c.parentSource),
          comments.map((r) => r.parentAuthor),
          comments.map((r) => r.c.replyTo),
          comments.map((r) => r.c.postedAt),
          comments.map((r) => r.c.postedAtText),
          comments.map((r) => r.c.text),
          comments.map((r) => fold(`${r.c.text} ${r.c.author ?? ""}`)),
        ],
      );
    }
    const retire: { id: string; documentId: string; replacedBy: string | null }[] = [];
    const unretire: string[] = [];
    for (const { documentId, doc } of items) {
      const before = previous.get(doc.source);
      if (!before) continue;
      const changes = retirements(before, doc);
      retire.push(...changes.retire.map((r) => ({ ...r, documentId })));
      unretire.push(...changes.unretire);
    }
    if (retire.length > 0) {
      await client.query(
        `INSERT INTO retired_comments (id, document_id, replaced_by) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
         ON CONFLICT (id) DO UPDATE SET document_id = excluded.document_id, replaced_by = excluded.replaced_by`,
        [retire.map((r) => r.id), retire.map((r) => r.documentId), retire.map((r) => r.replacedBy)],
      );
    }
    if (unretire.length > 0) await client.query("DELETE FROM retired_comments WHERE id = ANY($1::text[])", [unretire]);
    await applyTally(client, tally);
  };
  const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

  return {
    engine: "postgres",
    listArticles: async (options = {}) => {
      const pattern = options.q ? `%${options.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
      return rows<ArticleListItem>(
        `SELECT id, title, site, source, comment_count AS "commentCount", commenter_count AS "commenterCount",
                first_comment_at AS "firstCommentAt", last_comment_at AS "lastCommentAt"
         FROM documents WHERE $1::text IS NULL OR title ILIKE $1 OR site ILIKE $1 OR source ILIKE $1
         ORDER BY ${ARTICLE_ORDER[options.sort ?? "discussed"]} LIMIT $2`,
        [pattern, options.limit ?? 500],
      );
    },
    listDocumentIds: async () => (await rows<{ id: string }>(`SELECT id FROM documents ORDER BY title COLLATE "C" NULLS FIRST, id COLLATE "C"`)).map((r) => r.id),
    getDocument,
    getArticle,
    getStoredDocument: async (id) => {
      const article = await getArticle(id);
      return article && toStoredDocument(article, await getThreadComments(id));
    },
    getThreadComments,
    searchThread: async (documentId, q) => {
      const search = toTsQuery(q);
      if (!search) return new Set();
      // The texts are read only where a joined word must be checked on them.
      const checked = search.accepts !== ACCEPT_ALL;
      const hits = await rows<{ id: string; text: string | null }>(
        `SELECT id, ${checked ? "text" : "NULL AS text"} FROM comments WHERE document_id = $1 AND search @@ to_tsquery('rethread', $2)`,
        [documentId, search.query],
      );
      return new Set(hits.filter((h) => !checked || search.accepts(h.text ?? "")).map((h) => h.id));
    },
    searchCorpus: async (q, limit = 50) => {
      const search = toTsQuery(q);
      if (!search) return [];
      const candidates = search.accepts === ACCEPT_ALL ? limit : limit * 8;
      const read = (query: string) =>
        rows<SearchHit>(
          `SELECT c.id, c.document_id AS "documentId", d.title, c.author, c.posted_at AS "postedAt", c.text
           FROM comments c JOIN documents d ON d.id = c.document_id
           WHERE c.search @@ to_tsquery('rethread', $1) ORDER BY c.seq DESC LIMIT $2`,
          [query, candidates],
        );
      const whole = await read(search.whole);
      const prefixed = whole.length < candidates ? await read(search.query) : [];
      const hits = wholeWordsFirst(whole, candidates, () => prefixed);
      return hits.filter((h) => search.accepts(h.text)).slice(0, limit);
    },
    getComment: async (id) => {
      const comment = await one<CommentRow>(`SELECT ${COMMENT_COLUMNS} FROM comments c WHERE c.id = $1`, [id]);
      if (!comment) return undefined;
      const document = (await one<Pick<DocumentRow, "id" | "title" | "source" | "site">>("SELECT id, title, source, site FROM documents WHERE id = $1", [comment.documentId]))!;
      return { comment, document };
    },
    findRetiredComment: (id) =>
      one(`SELECT r.document_id AS "documentId", r.replaced_by AS "replacedBy", d.title FROM retired_comments r JOIN documents d ON d.id = r.document_id WHERE r.id = $1`, [id]),
    getAncestors: (id, limit) =>
      rows<CommentRow>(
        `WITH RECURSIVE up(id, parent_id, hops) AS (
           SELECT id, parent_id, 0 FROM comments WHERE id = $1
           UNION ALL
           SELECT c.id, c.parent_id, up.hops + 1 FROM comments c JOIN up ON c.id = up.parent_id WHERE up.hops < $2
         )
         SELECT ${COMMENT_COLUMNS} FROM up JOIN comments c ON c.id = up.id WHERE up.hops > 0 ORDER BY up.hops DESC`,
        [id, limit],
      ),
    // The walk goes level by level and stops at `limit`, so a cut subtree keeps every parent.
    getSubtree: (id, limit) =>
      rows<CommentRow>(
        `WITH RECURSIVE down(id) AS (
           SELECT id FROM comments WHERE id = $1
           UNION ALL
           SELECT c.id FROM comments c JOIN down ON c.parent_id = down.id
         ), nearest AS (SELECT id FROM down LIMIT $2)
         SELECT ${COMMENT_COLUMNS} FROM nearest JOIN comments c ON c.id = nearest.id ORDER BY c.position`,
        [id, limit],
      ),
    threadAuthors: (documentId) =>
      rows<Named>(
        `SELECT author AS name, count(*)::int AS count FROM comments WHERE document_id = $1 AND author IS NOT NULL
         GROUP BY author ORDER BY count(*) DESC, author COLLATE "C"`,
        [documentId],
      ),
    getAuthor: async (name, limit = 500) => {
      const comments = await rows<AuthorPage["comments"][number]>(
        `${AUTHOR_COMMENTS} WHERE c.author = $1 ORDER BY c.posted_at DESC NULLS LAST LIMIT $2`,
        [name, limit],
      );
      if (comments.length === 0) return undefined;
      // Counts from the tables writes keep (../write-plan.ts): a few rows, however much they wrote.
      const [counts, first, last, repliesTo, repliedBy] = await Promise.all([
        one<{ total: number; articles: number }>("SELECT comments AS total, articles FROM commenters WHERE name = $1", [name]),
        // Ordered exactly as comments_author_time (DESC NULLS LAST, read either way): another NULLS
        // order makes PostgreSQL sort all their comments (330 ms for 313,000 at ten million).
        one<{ at: string }>("SELECT posted_at AS at FROM comments WHERE author = $1 AND posted_at IS NOT NULL ORDER BY posted_at NULLS FIRST LIMIT 1", [name]),
        one<{ at: string }>("SELECT posted_at AS at FROM comments WHERE author = $1 AND posted_at IS NOT NULL ORDER BY posted_at DESC NULLS LAST LIMIT 1", [name]),
        rows<Named>(`SELECT parent_author AS name, replies AS count FROM reply_counts WHERE author = $1 ORDER BY replies DESC, parent_author COLLATE "C" LIMIT 5`, [name]),
        rows<Named>(`SELECT author AS name, replies AS count FROM reply_counts WHERE parent_author = $1 ORDER BY replies DESC, author COLLATE "C" LIMIT 5`, [name]),
      ]);
      const stats = { ...(counts ?? shownCounts(comments)), first: first?.at ?? null, last: last?.at ?? null };
      return { name, comments, ...stats, repliesTo, repliedBy };
    },
    getExchange: async (name, other, limit = 500) => {
      // Each side read by its author's index.
      const side = (author: string, parent: string) => `${AUTHOR_COMMENTS} WHERE c.author = ${author} AND c.parent_author = ${parent}`;
      return rows<AuthorPage["comments"][number]>(
        `SELECT * FROM (${side("$1", "$2")} UNION ALL ${side("$2", "$1")}) x ORDER BY "postedAt" DESC NULLS LAST, "documentId", position LIMIT $3`,
        [name, other, limit],
      );
    },
    countRows: async () =>
      (await one<{ documents: number; blocks: number; comments: number }>(
        `SELECT (SELECT count(*) FROM documents)::int AS documents, (SELECT count(*) FROM blocks)::int AS blocks, (SELECT count(*) FROM comments)::int AS comments`,
      ))!,

    // From the primary: what ingest is about to replace must be what is there now.
    knownDocuments: async () =>
      new Map((await pool.query<KnownDocument & { source: string }>("SELECT source, id, content_hash AS hash, origin FROM documents")).rows.map(({ source, ...known }) => [source, known])),
    writeDocuments: async (items) => {
      try {
        await transaction((client) => writeMany(client, items));
        return items.map(() => null);
      } catch {
        // Something in the batch failed and the batch rolled back: store one by one to find it.
        const errors: (string | null)[] = [];
        for (const item of items) errors.push(await transaction((client) => writeMany(client, [item])).then(() => null, reason));
        return errors;
      }
    },
    forgetContentHashes: (sources) => transaction(async (client) => void (await client.query("UPDATE documents SET content_hash = '' WHERE source = ANY($1::text[])", [sources]))),
    bulkLoad: (load) => load(),
    changeToken: () => changes.token,
    close: async () => {
      await changes.stop();
      await Promise.all([pool.end(), replica?.end()]);
    },
  };
}

/**
 * Waits until the reading side has replayed the primary's WAL up to `lsn`: a store started with
 * the migrations it has just run (a new database, an upgrade) would otherwise read a replica that
 * lacks their tables. A server that is not replaying (the primary) has nothing to wait for.
 * Gives up after `ms`, and the first read then says what is missing.
 */
async function replayed(reads: pg.Pool, lsn: string, ms = 30_000): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < ms) {
    const { rows } = await reads.query<{ done: boolean }>("SELECT coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, true) AS done", [lsn]);
    if (rows[0]!.done) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * The change token, kept current without a query per page load: a connection to the primary
 * LISTENs for the number each write transaction NOTIFYs, and the token is then read where pages
 * are read (`reads`, a replica may lag: it is read again until it has caught up); a poll every
 * two seconds covers a lost connection.
 */
async function followChanges(reads: pg.Pool, primaryUrl: string): Promise<{ token: number | null; stop: () => Promise<void> }> {
  const read = async () => Number((await reads.query<{ version: string }>("SELECT version FROM changes WHERE id = 1")).rows[0]?.version ?? 0);
  const state = { token: (await read()) as number | null, stop: async () => {} };
  const catchUp = async (version: number) => {
    for (let tries = 0; tries < 50 && (state.token ?? -1) < version; tries++) {
      state.token = await read().catch(() => null);
      if ((state.token ?? -1) < version) await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const listener = new pg.Client({ connectionString: primaryUrl });
  listener.on("error", () => {}); // the poll carries on
  listener.on("notification", (message) => {
    if (message.channel === CHANGES) void catchUp(Number(message.payload));
  });
  let listening = false;
  try {
    await listener.connect();
    await listener.query(`LISTEN ${CHANGES}`);
    listening = true;
  } catch {
    // polled only
  }
  const poll = setInterval(() => {
    read().then(
      (version) => void (state.token = version),
      () => void (state.token = null), // unknown: pages are rendered, not served from cache
    );
  }, 2000);
  poll.unref();
  state.stop = async () => {
    clearInterval(poll);
    if (listening) await listener.end().catch(() => {});
  };
  return state;
}

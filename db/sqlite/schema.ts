import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const documents = sqliteTable("documents", {
  /** URL-safe, derived from the file name so article links are readable and stable. */
  id: text("id").primaryKey(),
  source: text("source").notNull().unique(),
  /** The file it was read from, as an absolute path: a file of the same name elsewhere is another document. */
  origin: text("origin"),
  contentHash: text("content_hash").notNull(),
  title: text("title"),
  subtitle: text("subtitle"),
  site: text("site"),
  commentCount: integer("comment_count").notNull(),
  commenterCount: integer("commenter_count").notNull(),
  firstCommentAt: text("first_comment_at"),
  lastCommentAt: text("last_comment_at"),
  ingestedAt: integer("ingested_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch() * 1000)`),
});

export const blocks = sqliteTable(
  "blocks",
  {
    documentId: text("document_id").notNull().references(() => documents.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    kind: text("kind", { enum: ["paragraph", "heading", "quote", "list-item", "caption"] }).notNull(),
    text: text("text").notNull(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.position] })],
);

export const comments = sqliteTable(
  "comments",
  {
    /** The parser's content hash: permalinks survive re-ingest. */
    id: text("id").primaryKey(),
    documentId: text("document_id").notNull().references(() => documents.id, { onDelete: "cascade" }),
    /** Document order, which is also a valid tree order: a parent always has a smaller position. */
    position: integer("position").notNull(),
    parentId: text("parent_id"),
    depth: integer("depth").notNull(),
    author: text("author"),
    authorSource: text("author_source", { enum: ["header", "inferred"] }),
    /** Where the parser took its place in the tree from (null: stored before parsers said). */
    parentSource: text("parent_source", { enum: ["indent", "reply-to", "level", "markup", "export", "none"] }),
    /** The parent's author, copied here so "who replies to whom" counts come from indexes alone. */
    parentAuthor: text("parent_author"),
    replyTo: text("reply_to"),
    postedAt: text("posted_at"),
    postedAtText: text("posted_at_text"),
    text: text("text").notNull(),
  },
  (t) => [
    index("comments_document_position").on(t.documentId, t.position),
    index("comments_parent").on(t.parentId),
    // Covers a commenter's page: their comments newest first, and every count on it.
    index("comments_author_time").on(t.author, t.postedAt, t.documentId, t.parentAuthor),
    index("comments_parent_author").on(t.parentAuthor, t.author),
  ],
);

/**
 * Per commenter: how many comments, in how many articles. Kept by every write (../write-plan.ts,
 * CommenterTally), so a commenter's page reads one row however much they wrote.
 */
export const commenters = sqliteTable("commenters", {
  name: text("name").primaryKey(),
  comments: integer("comments").notNull(),
  articles: integer("articles").notNull(),
});

/** How often one commenter replied to another (never to themselves), kept alike. */
export const replyCounts = sqliteTable(
  "reply_counts",
  {
    author: text("author").notNull(),
    parentAuthor: text("parent_author").notNull(),
    replies: integer("replies").notNull(),
  },
  (t) => [primaryKey({ columns: [t.author, t.parentAuthor] }), index("reply_counts_parent_author").on(t.parentAuthor)],
);

/**
 * Comment ids that a re-ingest took away (the comment was edited or removed), so their
 * permalinks can still lead somewhere: to the comment that took their place, or to the article.
 */
export const retiredComments = sqliteTable("retired_comments", {
  id: text("id").primaryKey(),
  documentId: text("document_id").notNull(),
  /** The comment now at the same place in the thread by the same author, if there is one. */
  replacedBy: text("replaced_by"),
});

/**
 * Secondary indexes dropped for a bulk ingest, with the SQL that recreates them. A bulk
 * ingest that is killed leaves them here, and the next open of the database rebuilds them.
 */
export const deferredIndexes = sqliteTable("deferred_indexes", {
  name: text("name").primaryKey(),
  sql: text("sql").notNull(),
  /** The process of the bulk ingest that deferred it: while it runs, no one else builds the index. */
  ownerPid: integer("owner_pid"),
});

export type DocumentRow = typeof documents.$inferSelect;
export type BlockRow = typeof blocks.$inferSelect;
export type CommentRow = typeof comments.$inferSelect;

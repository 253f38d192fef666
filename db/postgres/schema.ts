// PostgreSQL's own schema for the same rows as db/sqlite/schema.ts (drizzle keeps one per dialect).
// Search is a stored tsvector with a GIN index (migration 0001, decision record 006).
import { sql } from "drizzle-orm";
import { bigint, bigserial, customType, index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const documents = pgTable("documents", {
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
  ingestedAt: timestamp("ingested_at", { withTimezone: true, mode: "date" }).notNull().default(sql`now()`),
});

export const blocks = pgTable(
  "blocks",
  {
    documentId: text("document_id").notNull().references(() => documents.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    kind: text("kind", { enum: ["paragraph", "heading", "quote", "list-item", "caption"] }).notNull(),
    text: text("text").notNull(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.position] })],
);

export const comments = pgTable(
  "comments",
  {
    id: text("id").primaryKey(),
    /** Insertion order, as SQLite's rowid: corpus search lists the latest ingested first. */
    seq: bigserial("seq", { mode: "number" }).notNull().unique(),
    documentId: text("document_id").notNull().references(() => documents.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    parentId: text("parent_id"),
    depth: integer("depth").notNull(),
    author: text("author"),
    authorSource: text("author_source", { enum: ["header", "inferred"] }),
    parentSource: text("parent_source", { enum: ["indent", "reply-to", "level", "markup", "export", "none"] }),
    parentAuthor: text("parent_author"),
    replyTo: text("reply_to"),
    postedAt: text("posted_at"),
    postedAtText: text("posted_at_text"),
    text: text("text").notNull(),
    /** The text and author, accents folded, stemmed by the `rethread` configuration (migration 0001). */
    search: tsvector("search"),
  },
  (t) => [
    index("comments_document_position").on(t.documentId, t.position),
    index("comments_parent").on(t.parentId),
    // Newest first with undated comments last, as SQLite orders them: the commenter page reads it in order.
    index("comments_author_time").on(t.author, t.postedAt.desc().nullsLast(), t.documentId, t.parentAuthor),
    index("comments_parent_author").on(t.parentAuthor, t.author),
    index("comments_search").using("gin", t.search),
  ],
);

/**
 * Per commenter: how many comments, in how many articles. Kept by every write (../write-plan.ts,
 * CommenterTally), so a commenter's page reads one row however much they wrote.
 */
export const commenters = pgTable("commenters", {
  name: text("name").primaryKey(),
  comments: integer("comments").notNull(),
  articles: integer("articles").notNull(),
});

/** How often one commenter replied to another (never to themselves), kept alike. */
export const replyCounts = pgTable(
  "reply_counts",
  {
    author: text("author").notNull(),
    parentAuthor: text("parent_author").notNull(),
    replies: integer("replies").notNull(),
  },
  (t) => [primaryKey({ columns: [t.author, t.parentAuthor] }), index("reply_counts_parent_author").on(t.parentAuthor)],
);

export const retiredComments = pgTable("retired_comments", {
  id: text("id").primaryKey(),
  documentId: text("document_id").notNull(),
  replacedBy: text("replaced_by"),
});

/** One row: a number every write transaction raises, announced by NOTIFY; the page caches' change token. */
export const changes = pgTable("changes", {
  id: integer("id").primaryKey(),
  version: bigint("version", { mode: "number" }).notNull(),
});

// The one door to the database: what ingest writes, what procedures read, and a change token for
// caches. SQLite (db/sqlite/) is the default; PostgreSQL (db/postgres/) sits beside it. Nothing
// above db/ knows which one runs: it holds a Store and plain rows (decision record 006).
import type { BodyBlock, ParsedDocument } from "../contract/contract";

export const ARTICLE_SORTS = ["discussed", "recent", "title"] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];

export interface DocumentRow {
  id: string;
  source: string;
  contentHash: string;
  title: string | null;
  subtitle: string | null;
  site: string | null;
  commentCount: number;
  commenterCount: number;
  firstCommentAt: string | null;
  lastCommentAt: string | null;
  ingestedAt: Date;
}

export type BlockRow = { documentId: string; position: number } & BodyBlock;

/** A write found the database locked by another writer for longer than it waits: try again later, nothing was stored. */
export class StoreBusy extends Error {
  constructor(cause: unknown) {
    super(`the database is busy: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/** Part of a thread: `limit` comments from document position `from`. */
export interface ThreadWindow {
  from: number;
  limit: number;
}

export interface CommentRow {
  id: string;
  documentId: string;
  /** Document order, which is also a valid tree order: a parent always has a smaller position. */
  position: number;
  parentId: string | null;
  depth: number;
  author: string | null;
  authorSource: "header" | "inferred" | null;
  parentSource: "indent" | "reply-to" | "level" | "markup" | "export" | "none" | null;
  /** The parent's author, copied so "who replies to whom" counts come from indexes alone. */
  parentAuthor: string | null;
  replyTo: string | null;
  postedAt: string | null;
  postedAtText: string | null;
  text: string;
}

export type ArticleListItem = Pick<DocumentRow, "id" | "title" | "site" | "source" | "commentCount" | "commenterCount" | "firstCommentAt" | "lastCommentAt">;
export type Article = { document: DocumentRow; body: BodyBlock[] };
export type SearchHit = { id: string; documentId: string; title: string | null; author: string | null; postedAt: string | null; text: string };
export type CommentWithDocument = { comment: CommentRow; document: Pick<DocumentRow, "id" | "title" | "source" | "site"> };
export type RetiredComment = { documentId: string; replacedBy: string | null; title: string | null };
export type Named = { name: string; count: number };
export interface AuthorPage {
  name: string;
  comments: (CommentRow & { articleTitle: string | null; parentText: string | null })[];
  total: number;
  articles: number;
  first: string | null;
  last: string | null;
  repliesTo: Named[];
  repliedBy: Named[];
}

/** What ingest stores: a document under its URL id, with the hash of what it was read from. */
export interface StoreItem {
  documentId: string;
  contentHash: string;
  /** The file's absolute path: kept, never shown. */
  origin: string;
  doc: ParsedDocument;
}

/** What ingest needs to know of a stored document to tell an edit of it from another file of the same name. */
export interface KnownDocument {
  id: string;
  hash: string;
  origin: string | null;
}

export interface Store {
  readonly engine: "sqlite" | "postgres";

  listArticles(options?: { sort?: ArticleSort; q?: string; limit?: number }): Promise<ArticleListItem[]>;
  /** Every stored article's id, in title order. */
  listDocumentIds(): Promise<string[]>;
  getDocument(id: string): Promise<DocumentRow | undefined>;
  getArticle(id: string): Promise<Article | undefined>;
  /** A stored article back in the document contract's shape, for exports. */
  getStoredDocument(id: string): Promise<ParsedDocument | undefined>;
  /** A whole thread in document order; callers build the tree. */
  /** The thread in document order, or `window.limit` of its comments from position `window.from`. */
  getThreadComments(documentId: string, window?: ThreadWindow): Promise<CommentRow[]>;
  /** Ids of the comments in one thread that match a reader's search. */
  searchThread(documentId: string, q: string): Promise<Set<string>>;
  /** Comments across the corpus that match, latest ingested first. */
  searchCorpus(q: string, limit?: number): Promise<SearchHit[]>;
  getComment(id: string): Promise<CommentWithDocument | undefined>;
  /** Where a permalink whose comment a re-ingest took away should lead. */
  findRetiredComment(id: string): Promise<RetiredComment | undefined>;
  /** Up to `limit` ancestors of a comment, nearest last. */
  getAncestors(id: string, limit: number): Promise<CommentRow[]>;
  /** A comment and everything beneath it, in document order. */
  /** Up to `limit` comments of the subtree, nearest levels first, in document order. */
  getSubtree(id: string, limit: number): Promise<CommentRow[]>;
  /** Commenters in one thread with how often each wrote. */
  threadAuthors(documentId: string): Promise<Named[]>;
  /** Everything one commenter wrote across the corpus, newest first. */
  getAuthor(name: string, limit?: number): Promise<AuthorPage | undefined>;
  /** The replies two commenters wrote each other across the corpus, newest first. */
  getExchange(name: string, other: string, limit?: number): Promise<AuthorPage["comments"]>;
  countRows(): Promise<{ documents: number; blocks: number; comments: number }>;

  /** Each stored document's source with the content hash it was read at. */
  /** Every stored document by its source. */
  knownDocuments(): Promise<Map<string, KnownDocument>>;
  /**
   * Stores documents, each whole or not at all, replacing any from the same source (their
   * vanished comment ids retired). Returns, for each item, null when stored or the reason not.
   */
  writeDocuments(items: readonly StoreItem[]): Promise<(string | null)[]>;
  /** Clears the hash of documents from a file that failed part way, so it is read again. */
  forgetContentHashes(sources: readonly string[]): Promise<void>;
  /** Runs a large load with the engine's bulk measures (deferred reader-only indexes). */
  bulkLoad<T>(load: () => Promise<T>): Promise<T>;

  /**
   * Moves whenever anyone (this process or another) commits a change; null while there is no
   * database. Synchronous, read on every page load: engines keep it current (decision record 006).
   */
  changeToken(): number | null;
  close(): Promise<void>;
}

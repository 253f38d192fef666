// The SQLite store: better-sqlite3 through drizzle, synchronous underneath; see ../store.ts.
import type { Store } from "../store";
import { deferIndexes, restoreIndexes } from "./bulk-indexes";
import { openDb, type Db } from "./client";
import { cannotWrite } from "./write-errors";
import { dataVersion } from "./data-version";
import { createDocumentWriter, forgetContentHashes, knownDocuments } from "./document-writer";
import * as q from "./queries";

export type SqliteStore = Store & { db: Db };

export function openSqliteStore(path: string): SqliteStore {
  const db = openDb(path);
  // Prepared on the first write: a reader's store opens even where a table is damaged.
  let write: ReturnType<typeof createDocumentWriter> | null = null;
  const version = dataVersion(path);
  return {
    engine: "sqlite",
    db,
    listArticles: async (options) => q.listArticles(db, options),
    listDocumentIds: async () => q.listDocumentIds(db),
    getDocument: async (id) => q.getDocument(db, id),
    getArticle: async (id) => q.getArticle(db, id),
    getStoredDocument: async (id) => q.getStoredDocument(db, id),
    getThreadComments: async (id, window) => q.getThreadComments(db, id, window),
    searchThread: async (id, text) => q.searchThread(db, id, text),
    searchCorpus: async (text, limit) => q.searchCorpus(db, text, limit),
    getComment: async (id) => q.getComment(db, id),
    findRetiredComment: async (id) => q.findRetiredComment(db, id),
    getAncestors: async (id, limit) => q.getAncestors(db, id, limit),
    getSubtree: async (id, limit) => q.getSubtree(db, id, limit),
    threadAuthors: async (id) => q.threadAuthors(db, id),
    getAuthor: async (name, limit) => q.getAuthor(db, name, limit),
    getExchange: async (name, other, limit) => q.getExchange(db, name, other, limit),
    countRows: async () => q.countRows(db),
    knownDocuments: async () => knownDocuments(db),
    writeDocuments: async (items) => (write ??= createDocumentWriter(db))(items),
    forgetContentHashes: async (sources) => forgetContentHashes(db, sources),
    async bulkLoad(load) {
      // A database another process is writing to is loaded row by row instead; indexes left
      // deferred because it could not be written at the end (busy, full) are built at the next open.
      if (!whenWritable(() => deferIndexes(db))) return load();
      try {
        return await load();
      } finally {
        whenWritable(() => restoreIndexes(db));
      }
    },
    changeToken: version,
    close: async () => void db.$client.close(),
  };
}

/** Runs `work`, or returns false when the database cannot be written for the moment (write-errors.ts). */
function whenWritable(work: () => void): boolean {
  try {
    work();
    return true;
  } catch (error) {
    if (cannotWrite(error)) return false;
    throw error;
  }
}

// Tells whether the database changed since a page was rendered: SQLite's data_version moves
// whenever another connection (an ingest, the app's own writes) commits.
import Database from "better-sqlite3";

export function dataVersion(path: string): () => number | null {
  let db: Database.Database | null = null;
  return () => {
    try {
      db ??= new Database(path, { readonly: true, fileMustExist: true });
      return db.pragma("data_version", { simple: true }) as number;
    } catch {
      db = null; // no database yet: nothing is cached until there is one
      return null;
    }
  };
}

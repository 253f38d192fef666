// A SQLite connection, migrated on open.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { migrationsFolder, refuseNewer } from "../migrations";
import { restoreIndexes } from "./bulk-indexes";
import { cannotWrite } from "./write-errors";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/**
 * Opens and migrates the database at `path`. One that this process may only read (another user's
 * file) or that has no room left is served as it is; the indexes a bulk ingest deferred are
 * built by the next process that can write. Errors say which file, in one line.
 */
export function openDb(path: string): Db {
  try {
    return open(path);
  } catch (error) {
    const e = error as Error & { code?: string };
    const hint =
      e.code === "SQLITE_READONLY_DIRECTORY" || e.code === "SQLITE_CANTOPEN"
        ? " (SQLite keeps -wal and -shm files beside the database: this user must be able to write its folder)"
        : "";
    throw new Error(`cannot open the SQLite database ${path}: ${e.message}${hint}`, { cause: error });
  }
}

function open(path: string): Db {
  mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // A 64 MB page cache keeps the comment indexes of a million-comment corpus in memory.
  sqlite.pragma("cache_size = -65536");
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: migrationsFolder("sqlite") });
  try {
    refuseNewer("sqlite", (sqlite.prepare("SELECT count(*) AS n FROM __drizzle_migrations").get() as { n: number }).n);
  } catch (error) {
    sqlite.close();
    throw error;
  }
  try {
    restoreIndexes(db as Db); // after a bulk ingest that did not finish
  } catch (error) {
    if (!cannotWrite(error)) throw error;
  }
  return db as Db;
}


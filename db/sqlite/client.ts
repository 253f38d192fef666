// A SQLite connection, migrated on open.
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { migrationsFolder, refuseNewer } from "../migrations";
import { restoreIndexes } from "./bulk-indexes";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export function openDb(path: string): Db {
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
  restoreIndexes(db as Db); // after a bulk ingest that did not finish
  return db as Db;
}


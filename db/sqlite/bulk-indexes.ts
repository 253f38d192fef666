// Bulk ingest builds some secondary indexes once at the end instead of row by row: for a
// large load, sorting a million keys once is several times cheaper than a million random
// B-tree inserts. The indexes' own SQL (from the migrations, via sqlite_master) is kept in
// `deferred_indexes` meanwhile, so a killed ingest is repaired at the next open.
import type { Db } from "./client";

/** Indexes that only readers need; ingest itself uses `comments_document_position` and the primary keys. */
const DEFERRABLE = ["comments_author_time", "comments_parent_author", "comments_parent"];

export function deferIndexes(db: Db): void {
  const sqlite = db.$client;
  sqlite.transaction(() => {
    const rows = sqlite
      .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN (${DEFERRABLE.map(() => "?").join(", ")})`)
      .all(...DEFERRABLE) as { name: string; sql: string }[];
    for (const { name, sql } of rows) {
      sqlite.prepare("INSERT OR REPLACE INTO deferred_indexes (name, sql) VALUES (?, ?)").run(name, sql);
      sqlite.exec(`DROP INDEX "${name}"`);
    }
  })();
}

/** Rebuilds whatever a bulk ingest deferred; a no-op when nothing is pending. */
export function restoreIndexes(db: Db): void {
  const sqlite = db.$client;
  const pending = sqlite.prepare("SELECT name, sql FROM deferred_indexes").all() as { name: string; sql: string }[];
  if (pending.length === 0) return;
  sqlite.transaction(() => {
    for (const { name, sql } of pending) {
      sqlite.exec(sql);
      sqlite.prepare("DELETE FROM deferred_indexes WHERE name = ?").run(name);
    }
  })();
}

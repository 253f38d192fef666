// Bulk ingest builds some secondary indexes once at the end instead of row by row: for a
// large load, sorting a million keys once is several times cheaper than a million random
// B-tree inserts. The indexes' own SQL (from the migrations, via sqlite_master) is kept in
// `deferred_indexes` meanwhile, with the ingest's process id, so a killed ingest is repaired at
// the next open, and a running one is left alone (a server building them meanwhile held the
// write lock for a minute and made the ingest fail files).
import type { Db } from "./client";

/** Indexes that only readers need; ingest itself uses `comments_document_position` and the primary keys. */
const DEFERRABLE = ["comments_author_time", "comments_parent_author", "comments_parent"];

export function deferIndexes(db: Db): void {
  const sqlite = db.$client;
  // Immediate: it reads, then writes; a deferred transaction would fail at once on a busy database.
  sqlite.transaction(() => {
    const rows = sqlite
      .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND name IN (${DEFERRABLE.map(() => "?").join(", ")})`)
      .all(...DEFERRABLE) as { name: string; sql: string }[];
    for (const { name, sql } of rows) {
      sqlite.prepare("INSERT OR REPLACE INTO deferred_indexes (name, sql, owner_pid) VALUES (?, ?, ?)").run(name, sql, process.pid);
      sqlite.exec(`DROP INDEX "${name}"`);
    }
    // Another bulk ingest deferred them already: this one owns them too, and the last to end builds them.
    sqlite.prepare("UPDATE deferred_indexes SET owner_pid = ?").run(process.pid);
  }).immediate();
}

/** Whether a process of this machine is running (SQLite databases are one machine's). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Rebuilds whatever a bulk ingest deferred, unless that ingest is still running in another
 * process (it builds them when it ends); a no-op when nothing is pending.
 */
export function restoreIndexes(db: Db): void {
  const sqlite = db.$client;
  const pending = () => sqlite.prepare("SELECT name, sql, owner_pid AS owner FROM deferred_indexes").all() as { name: string; sql: string; owner: number | null }[];
  const orphaned = (owner: number | null) => owner === null || owner === process.pid || !running(owner);
  if (!pending().some((p) => orphaned(p.owner))) return;
  sqlite.transaction(() => {
    for (const { name, sql, owner } of pending()) {
      if (!orphaned(owner)) continue;
      sqlite.exec(sql);
      sqlite.prepare("DELETE FROM deferred_indexes WHERE name = ?").run(name);
    }
  }).immediate();
}

// kill -9 during ingest, again and again: the database must stay sound and whole per dump.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import Database from "better-sqlite3";
import { syntheticDumps } from "../../server/gen/synthetic-corpus";

const ROOT = join(import.meta.dirname, "../..");
// Enough dumps for a bulk ingest, which defers some indexes (db/bulk-indexes.ts): a kill must not lose them.
const DUMPS = 5000;

function storedCount(path: string): number {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare("SELECT count(*) AS n FROM documents").get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

/** Starts an ingest; `exited` is taken at once, so a run that ends early is not missed. */
function ingest(corpus: string, db: string) {
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "server/ingest/cli.ts"), corpus], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `file:${db}` },
    stdio: "ignore",
  });
  return { child, exited: once(child, "exit") };
}

/** Sound file, and every stored dump complete: its comments, its search entries. */
function assertSound(path: string): { documents: number; comments: number } {
  const db = new Database(path, { readonly: true });
  try {
    assert.equal(db.pragma("integrity_check", { simple: true }), "ok");
    const partial = db
      .prepare("SELECT d.id FROM documents d LEFT JOIN comments c ON c.document_id = d.id GROUP BY d.id HAVING count(c.id) <> d.comment_count")
      .all();
    assert.deepEqual(partial, [], "no half-stored dump");
    const orphans = db.prepare("SELECT count(*) AS n FROM comments WHERE document_id NOT IN (SELECT id FROM documents)").get() as { n: number };
    assert.equal(orphans.n, 0);
    const comments = (db.prepare("SELECT count(*) AS n FROM comments").get() as { n: number }).n;
    const indexed = (db.prepare("SELECT count(*) AS n FROM comments_fts_docsize").get() as { n: number }).n;
    assert.equal(indexed, comments, "every stored comment is searchable, no more");
    return { documents: (db.prepare("SELECT count(*) AS n FROM documents").get() as { n: number }).n, comments };
  } finally {
    db.close();
  }
}

test("ingest killed with SIGKILL at random moments leaves a sound database, and the next run completes the rest without duplicates", { timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "rethread-crash-"));
  try {
    const corpus = join(dir, "corpus");
    mkdirSync(corpus);
    let expected = 0;
    let i = 0;
    for (const dump of syntheticDumps({ commentsPerDoc: 10, maxDepth: 10, seed: 99 })) {
      if (i === DUMPS) break;
      writeFileSync(join(corpus, `d${String(i++).padStart(5, "0")}.txt`), dump.text);
      expected += dump.comments;
    }
    const db = join(dir, "crash.db");
    let stored = 0;
    for (let round = 0; round < 4; round++) {
      const { child, exited } = ingest(corpus, db);
      // Kill once this run has committed something, at a random moment after that.
      while (storedCount(db) <= stored && child.exitCode === null) await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, Math.random() * 300));
      child.kill("SIGKILL");
      await exited;
      const state = assertSound(db);
      assert.ok(state.documents >= stored, "what was stored stays stored");
      stored = state.documents;
    }
    const [code] = await ingest(corpus, db).exited;
    assert.equal(code, 0);
    assert.ok(stored < DUMPS, "the kills landed before the end");
    assert.deepEqual(assertSound(db), { documents: DUMPS, comments: expected });
    const check = new Database(db, { readonly: true });
    const indexes = check.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'comments_%'").all();
    check.close();
    assert.deepEqual(indexes.map((i) => (i as { name: string }).name).sort(), ["comments_author_time", "comments_document_position", "comments_parent", "comments_parent_author"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// Two ingests into one SQLite file at once, and a server opening it meanwhile: nothing dropped.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import Database from "better-sqlite3";
import { openSqliteStore } from "./store";

const dump = (name: string) => `${name}\n\nAn article about ${name}.\n\nreader | March 1, 2020 at 9:00 am\n\nA comment on ${name}.\n`;

function folder(dir: string, prefix: string, count: number): string {
  const path = join(dir, prefix);
  mkdirSync(path);
  for (let i = 0; i < count; i++) writeFileSync(join(path, `${prefix}_${i}.txt`), dump(`${prefix} ${i}`));
  return path;
}

function ingest(folderPath: string, database: string): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/ingest/cli.ts", folderPath, "--workers", "1"], { env: { ...process.env, DATABASE_URL: `file:${database}` } });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stderr })));
}

test("two ingests at once and a server opening the database meanwhile store every file", { timeout: 180_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "rethread-concurrent-"));
  const database = join(dir, "rethread.db");
  try {
    openSqliteStore(database).close(); // migrated before either ingest starts
    const big = ingest(folder(dir, "big", 5000), database); // a bulk load: it defers reader indexes
    const watch = new Database(database, { readonly: true });
    while ((watch.prepare("SELECT count(*) AS n FROM deferred_indexes").get() as { n: number }).n === 0) await new Promise((r) => setTimeout(r, 20));
    const small = ingest(folder(dir, "small", 1500), database);
    // A server's first request opens the store: it must leave the running ingest's indexes alone.
    const server = openSqliteStore(database);
    assert.ok((watch.prepare("SELECT count(*) AS n FROM deferred_indexes").get() as { n: number }).n > 0, "the running ingest still owns its deferred indexes");
    const [a, b] = await Promise.all([big, small]);
    assert.equal(a.code, 0, a.stderr);
    assert.equal(b.code, 0, b.stderr);
    assert.equal((await server.countRows()).documents, 6500);
    const indexes = (watch.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'comments_author_time'").all() as unknown[]).length;
    assert.equal(indexes, 1, "the reader indexes are built when the bulk ingest ends");
    watch.close();
    await server.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

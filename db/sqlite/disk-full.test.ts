// A disk that fills up during an ingest: each file is reported, nothing is half stored, and the
// database still opens and serves.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { ingestFiles, listDumps } from "../../server/ingest/ingest";
import { openSqliteStore } from "./store";

test("an ingest that fills the disk reports the files it could not store, and the database still opens and serves", async () => {
  const dir = mkdtempSync(join(tmpdir(), "rethread-full-"));
  const dumps = join(dir, "dumps");
  mkdirSync(dumps);
  // Enough files for a bulk load, which builds reader indexes at the end: the write that once crashed.
  for (let i = 0; i < 5000; i++) writeFileSync(join(dumps, `d${i}.txt`), `Article ${i}\n\nIts text, number ${i}.\n\nreader | March 1, 2020 at 9:00 am\n\nComment ${i}.\n`);
  const path = join(dir, "rethread.db");
  try {
    const store = openSqliteStore(path);
    // A full disk, as SQLite sees one: no page may be added past this count.
    const pages = store.db.$client.pragma("page_count", { simple: true }) as number;
    store.db.$client.pragma(`max_page_count = ${pages + 60}`);
    const summary = await ingestFiles(store, listDumps(dumps), { workers: 1 });
    assert.ok(summary.stored > 0 && summary.failed.length > 0, `${summary.stored} stored, ${summary.failed.length} failed`);
    assert.equal(summary.stored + summary.failed.length, 5000, "every file is stored or reported");
    assert.match(summary.failed[0]!.reason, /database or disk is full/);
    await store.close();

    const again = openSqliteStore(path);
    const rows = await again.countRows();
    assert.equal(rows.documents, summary.stored, "what was reported stored is there, whole");
    assert.equal(rows.comments, summary.stored);
    const last = summary.failed.length > 0 ? await again.getArticle("d0") : undefined;
    assert.equal(last?.document.title, "Article 0", "and it reads back");
    await again.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// The whole path: ingest a folder, export what was stored, ingest the export into an empty
// database: the same articles (by id), trees and comment ids, so permalinks survive the move.
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { openTestStore } from "../../db/test-store";
import { ingestFiles, listDumps } from "../ingest/ingest";
import { toJsonl } from "./formats";

const CORPUS = join(import.meta.dirname, "../../corpus");
const HTML = join(import.meta.dirname, "../importers/html/fixtures");

test("export to JSON Lines and ingest it elsewhere: same article ids, trees and comment ids", async () => {
  const dir = mkdtempSync(join(tmpdir(), "rethread-round-trip-"));
  try {
    const input = join(dir, "in");
    const exported = join(dir, "out");
    mkdirSync(input);
    mkdirSync(exported);
    for (const name of readdirSync(CORPUS)) copyFileSync(join(CORPUS, name), join(input, name));
    for (const name of ["disqus.html", "stack-exchange.html"]) copyFileSync(join(HTML, name), join(input, name));

    const first = await openTestStore();
    const summary = await ingestFiles(first.store, listDumps(input), { workers: 1 });
    assert.equal(summary.failed.length, 0);
    const ids = await first.store.listDocumentIds();
    const stored = await Promise.all(ids.map(async (id) => ({ id, doc: (await first.store.getStoredDocument(id))! })));
    await first.remove();

    writeFileSync(join(exported, "threads.jsonl"), toJsonl(stored));
    const second = await openTestStore();
    const again = await ingestFiles(second.store, listDumps(exported), { workers: 1 });
    assert.equal(again.failed.length, 0);
    assert.deepEqual(await second.store.listDocumentIds(), ids);
    for (const { id, doc } of stored) assert.deepEqual(await second.store.getStoredDocument(id), doc, `article ${id} comes back whole`);
    await second.remove();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

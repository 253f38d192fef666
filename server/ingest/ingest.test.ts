import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { openDb, type Db } from "../../db/client";
import { countRows, getArticle, getThreadComments } from "../../db/queries";
import { documentIdFor, ingestFiles, listDumps } from "./ingest";

const CORPUS = join(import.meta.dirname, "../../corpus");

describe("ingest into a real SQLite file", () => {
  let dir: string;
  let db: Db;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "rethread-ingest-"));
    for (const f of readdirSync(CORPUS)) copyFileSync(join(CORPUS, f), join(dir, f));
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "latin1.txt"), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a])); // "Café" in Latin-1
    writeFileSync(join(dir, "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    db = openDb(join(dir, "db", "test.db"));
  });
  after(() => {
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test("stores every readable dump and names each bad file with its reason", () => {
    const summary = ingestFiles(db, listDumps(dir));
    assert.equal(summary.stored, 5);
    const reasons = Object.fromEntries(summary.failed.map((f) => [f.file.split("/").pop(), f.reason]));
    assert.deepEqual(reasons, {
      "binary.txt": "binary file (contains NUL bytes)",
      "empty.txt": "empty file",
      "latin1.txt": "not valid UTF-8",
    });
    assert.deepEqual(countRows(db).documents, 5);
  });

  test("a second run changes nothing", () => {
    const before = countRows(db);
    const summary = ingestFiles(db, listDumps(dir));
    assert.equal(summary.unchanged, 5);
    assert.equal(summary.stored + summary.replaced, 0);
    assert.deepEqual(countRows(db), before);
  });

  test("a changed dump is replaced and its unchanged comments keep their ids", () => {
    const file = join(dir, "000_27b7f12d24ef8725.txt");
    const id = documentIdFor("000_27b7f12d24ef8725.txt");
    const idsBefore = getThreadComments(db, id).map((c) => c.id);
    writeFileSync(file, readFileSync(file, "utf8").replace("Russia needs money.", "Russia needs cash."));
    const summary = ingestFiles(db, [file]);
    assert.equal(summary.replaced, 1);
    const idsAfter = getThreadComments(db, id).map((c) => c.id);
    assert.equal(idsAfter.length, idsBefore.length);
    assert.equal(idsAfter.filter((i) => !idsBefore.includes(i)).length, 1, "only the edited comment gets a new id");
    assert.match(getThreadComments(db, id).map((c) => c.text).join("\n"), /Russia needs cash\./);
    assert.equal(getArticle(db, id)?.document.title, "Putin Pushes His Own Reset Button On American Relations");
  });
});

test("document ids are the file name when it is URL-safe, else a slug with a hash", () => {
  assert.equal(documentIdFor("000_27b7f12d24ef8725.txt"), "000_27b7f12d24ef8725");
  const odd = documentIdFor("Münster Zeitung (copy).txt");
  assert.match(odd, /^[a-z0-9-]+$/);
  assert.notEqual(odd, documentIdFor("Munster Zeitung copy.txt"));
});

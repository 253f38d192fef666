import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";

const ROOT = join(import.meta.dirname, "../..");
const parse = (file: string) =>
  spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "server/ingest/parse-cli.ts"), file], { cwd: ROOT, encoding: "utf8" });

test("parse prints one contract-shaped JSON document for a dump", () => {
  const run = parse("corpus/000_27b7f12d24ef8725.txt");
  assert.equal(run.status, 0, run.stderr);
  const doc = JSON.parse(run.stdout);
  assert.equal(doc.source, "000_27b7f12d24ef8725.txt");
  assert.equal(doc.title, "Putin Pushes His Own Reset Button On American Relations");
  assert.ok(Array.isArray(doc.body) && doc.body.every((b: { kind: string; text: string }) => b.kind && b.text));
  for (const key of ["id", "parentId", "depth", "author", "authorSource", "replyTo", "postedAt", "text"])
    assert.ok(key in doc.comments[0], `comments carry ${key}`);
});

test("an empty or undecodable file exits non-zero with a one-line reason and prints nothing", () => {
  const dir = mkdtempSync(join(tmpdir(), "rethread-parse-"));
  try {
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "garbage.txt"), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc]));
    for (const [name, reason] of [["empty.txt", "empty file"], ["garbage.txt", "not valid UTF-8 (and not plain Windows-1252 text)"]]) {
      const run = parse(join(dir, name!));
      assert.equal(run.status, 1);
      assert.equal(run.stdout, "");
      assert.equal(run.stderr.trim(), `${join(dir, name!)}: ${reason}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { openDb } from "./client";
import { dataVersion } from "./data-version";

test("the data version moves when another connection commits, and only then", () => {
  const dir = mkdtempSync(join(tmpdir(), "rethread-version-"));
  try {
    const path = join(dir, "r.db");
    const missing = dataVersion(path);
    assert.equal(missing(), null, "no database yet");
    const writer = openDb(path);
    const version = dataVersion(path);
    const first = version();
    assert.equal(typeof first, "number");
    assert.equal(version(), first);
    writer.$client.prepare("INSERT INTO retired_comments (id, document_id) VALUES ('x', 'd')").run();
    assert.notEqual(version(), first);
    assert.notEqual(missing(), null, "found once it exists");
    writer.$client.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

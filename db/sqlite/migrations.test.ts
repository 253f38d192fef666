// A database migrated by a newer Rethread is refused in one line, never a stack trace.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { openDb } from "./client";

test("ingest refuses a database from a newer Rethread with one clear line and a non-zero exit", () => {
  const dir = mkdtempSync(join(tmpdir(), "rethread-newer-"));
  try {
    const path = join(dir, "newer.db");
    const db = openDb(path);
    db.$client.prepare("INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('from-the-future', 9999999999999)").run();
    db.$client.close();
    const run = spawnSync(process.execPath, ["--import", "tsx", join(import.meta.dirname, "../../server/ingest/cli.ts"), join(import.meta.dirname, "../../corpus")], {
      env: { ...process.env, DATABASE_URL: `file:${path}` },
      encoding: "utf8",
    });
    assert.equal(run.status, 2);
    assert.match(run.stderr.trim(), /^ingest: cannot open the SQLite database \S+: the database was migrated by a newer Rethread \(\d+ migrations; this version knows \d+\)/);
    assert.equal(run.stderr.trim().split("\n").length, 1, run.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

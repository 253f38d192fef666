// A PostgreSQL server that cannot be reached is one line on stderr and exit code 2, never a stack trace.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { test } from "node:test";
import { describeDatabase } from "./open";

test("an unreachable PostgreSQL server stops ingest with one clear line", () => {
  const run = spawnSync(process.execPath, ["--import", "tsx", join(import.meta.dirname, "../server/ingest/cli.ts"), join(import.meta.dirname, "../corpus")], {
    env: { ...process.env, DATABASE_URL: "postgres://reader:secret@127.0.0.1:1/rethread" },
    encoding: "utf8",
  });
  assert.equal(run.status, 2);
  assert.match(run.stderr, /^ingest: cannot connect to PostgreSQL: connect ECONNREFUSED 127\.0\.0\.1:1\n$/);
});

test("messages name a server without its password", () => {
  assert.equal(describeDatabase("postgres://reader:secret@db.example:5432/rethread"), "postgres://reader:***@db.example:5432/rethread");
});

// A database this process may only read (a server run as another user than its owner) is served.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { ingestFiles } from "../../server/ingest/ingest";
import { deferIndexes } from "./bulk-indexes";
import { openSqliteStore } from "./store";

/** Runs `script` (an ES module) as a user that is not the file's owner: `postgres` when the tests run as root. */
function asAnotherUser(script: string): { status: number | null; stdout: string; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), "rethread-script-"));
  const file = join(dir, "script.mts");
  writeFileSync(file, script);
  chmodSync(dir, 0o755);
  chmodSync(file, 0o644);
  const command = [process.execPath, "--import", "tsx", file];
  const root = process.getuid?.() === 0;
  const run = spawnSync(root ? "runuser" : command[0]!, root ? ["-u", "postgres", "--", ...command] : command.slice(1), { encoding: "utf8" });
  rmSync(dir, { recursive: true, force: true });
  return run;
}

test("a database file this process may only read is served, its pending indexes left for a writer", async () => {
  const dir = mkdtempSync(join(tmpdir(), "rethread-readonly-"));
  const path = join(dir, "rethread.db");
  try {
    const store = openSqliteStore(path);
    writeFileSync(join(dir, "one.txt"), "One article\n\nIts text.\n\nreader | March 1, 2020 at 9:00 am\n\nA comment.\n");
    await ingestFiles(store, [join(dir, "one.txt")]);
    // As a bulk ingest killed part way leaves it: reader indexes deferred, their owner gone.
    deferIndexes(store.db);
    store.db.$client.prepare("UPDATE deferred_indexes SET owner_pid = 2147483646").run();
    await store.close();
    chmodSync(path, 0o444);
    chmodSync(dir, 0o777); // SQLite writes its -shm beside the file
    const run = asAnotherUser(`
      import { openSqliteStore } from ${JSON.stringify(join(import.meta.dirname, "store.ts"))};
      const store = openSqliteStore(${JSON.stringify(path)});
      console.log(JSON.stringify({ rows: await store.countRows(), titles: (await store.listArticles({})).map((a) => a.title) }));
    `);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), { rows: { documents: 1, blocks: 1, comments: 1 }, titles: ["One article"] });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

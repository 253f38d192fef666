// Several app servers against one database: each one's page cache sees an ingest made anywhere
// else at once. Two `npm start` servers (the production build) share a store; an ingest through
// one of them (its CLI, on the same DATABASE_URL) must show on both. Runs in the PostgreSQL pass.
import assert from "node:assert/strict";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { openTestStore, type TestStore } from "../../db/test-store";

const ROOT = join(import.meta.dirname, "../..");
const MAIN = join(ROOT, ".next/rethread/main.mjs");
const skip = !process.env.TEST_DATABASE_URL ? "needs a shared server (TEST_DATABASE_URL)" : !existsSync(MAIN) ? "needs the production build (npm run build)" : false;

async function startServer(url: string, port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, [MAIN, "-p", String(port), "-H", "127.0.0.1"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url, NODE_ENV: "production" }, stdio: ["ignore", "pipe", "inherit"] });
  for await (const chunk of server.stdout!) if (String(chunk).includes("Rethread on")) return server;
  throw new Error("the server exited before it listened");
}

describe("two app servers on one PostgreSQL database", { skip }, () => {
  let test_: TestStore;
  let dir: string;
  const servers: ChildProcess[] = [];
  const ports = [3310 + (process.pid % 40) * 2, 3311 + (process.pid % 40) * 2];
  before(async () => {
    test_ = await openTestStore();
    dir = mkdtempSync(join(tmpdir(), "rethread-servers-"));
    for (const port of ports) servers.push(await startServer(test_.url, port));
  });
  after(async () => {
    for (const server of servers) server.kill();
    await test_?.remove();
    rmSync(dir, { recursive: true, force: true });
  });

  const home = async (port: number) => {
    const response = await fetch(`http://127.0.0.1:${port}/`, { headers: { accept: "text/html" } });
    return { cache: response.headers.get("x-page-cache"), body: await response.text() };
  };

  test("an ingest through one shows on both at once, though both had the page cached", async () => {
    for (const port of ports) {
      await home(port);
      const again = await home(port);
      assert.equal(again.cache, "hit", `server on ${port} serves the list from its cache`);
      assert.doesNotMatch(again.body, /Harbour Ferry Returns/);
    }
    writeFileSync(join(dir, "ferry.txt"), "Harbour Ferry Returns\n\nThe night ferry is back.\n\nAnna says:\nMarch 3, 2024 at 9:00 am\nAbout time.\n");
    const ingest = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "server/ingest/cli.ts"), dir], { cwd: ROOT, env: { ...process.env, DATABASE_URL: test_.url }, encoding: "utf8" });
    assert.equal(ingest.status, 0, ingest.stderr);
    for (const port of ports) {
      // NOTIFY arrives within moments; the poll within two seconds.
      let page = await home(port);
      for (let tries = 0; !/Harbour Ferry Returns/.test(page.body) && tries < 30; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        page = await home(port);
      }
      assert.match(page.body, /Harbour Ferry Returns/, `server on ${port} shows the new article`);
    }
  });
});

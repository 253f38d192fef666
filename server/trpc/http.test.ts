import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { Store } from "../../db/store";
import { openTestStore } from "../../db/test-store";
import { chainDump } from "../gen/render-dump";
import { ingestFiles, listDumps } from "../ingest/ingest";
import { openSqliteStore } from "../../db/sqlite/store";
import { handleTrpc } from "./http";
import { SERVER_FAULT } from "./init";
import { MAX_BATCH, THREAD_WINDOW } from "./limits";

/** Deeper than any stack, and longer than one window. */
const CHAIN = THREAD_WINDOW + 10;

describe("the procedures over HTTP", () => {
  let store: Store;
  let remove: () => Promise<void>;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "rethread-http-"));
    writeFileSync(join(dir, "chain.txt"), chainDump(CHAIN));
    writeFileSync(join(dir, "small.txt"), "Small\n\nAn article.\n\nreader | March 1, 2020 at 9:00 am\n\nOne comment.\n");
    ({ store, remove } = await openTestStore());
    await ingestFiles(store, listDumps(dir));
  });
  after(async () => {
    await remove();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (path: string, maxBytes?: number) => handleTrpc(new Request(`http://localhost/api/trpc/${path}`), async () => ({ store }), maxBytes);
  const input = (value: unknown) => `input=${encodeURIComponent(JSON.stringify(value))}`;
  const batch = (calls: [string, unknown][]) =>
    `${calls.map(([p]) => p).join(",")}?batch=1&${input(Object.fromEntries(calls.map(([, v], i) => [i, v])))}`;

  test("a reply chain 20,000 deep comes out as JSON, flat and in order, a window at a time, not as a stack overflow", async () => {
    for (const path of [`article.get?${input({ id: "chain" })}`, `thread.get?${input({ articleId: "chain", sort: "newest" })}`]) {
      const response = await get(path);
      assert.equal(response.status, 200, path);
      const { comments, window } = (await response.json()).result.data as { comments: { id: string; parentId: string | null; depth: number }[]; window: unknown };
      assert.deepEqual(window, { from: 0, count: THREAD_WINDOW, total: CHAIN }, path);
      assert.equal(comments.length, THREAD_WINDOW, path);
      assert.deepEqual(comments.slice(0, 3).map((c) => c.depth), [0, 1, 2], path);
      assert.ok(comments.every((c, i) => i === 0 || c.parentId === comments[i - 1]!.id), `${path}: each after its parent`);
    }
    const rest = (await (await get(`thread.get?${input({ articleId: "chain", from: THREAD_WINDOW })}`)).json()).result.data;
    assert.deepEqual(rest.window, { from: THREAD_WINDOW, count: 10, total: CHAIN });
    assert.equal(rest.comments[0].depth, THREAD_WINDOW, "the window goes on where the last one ended");
    const first = (await (await get(`article.get?${input({ id: "chain" })}`)).json()).result.data.comments[0].id;
    const reply = (await (await get(`comment.get?${input({ id: first })}`)).json()).result.data;
    assert.equal(reply.subtree.length, THREAD_WINDOW);
    assert.equal(reply.cut, true);
  });

  test(`a batch of ${MAX_BATCH} calls is answered and one of more is refused with 400`, async () => {
    const calls = (n: number) => Array.from({ length: n }, (): [string, unknown] => ["article.body", { id: "small" }]);
    assert.equal((await get(batch(calls(MAX_BATCH)))).status, 200);
    const refused = await get(batch(calls(MAX_BATCH + 1)));
    assert.equal(refused.status, 400);
    assert.match(JSON.stringify(await refused.json()), /Batch call exceeds maximum size/);
  });

  test("an answer larger than a request may have is refused with 413, saying why", async () => {
    const path = batch([["article.get", { id: "chain" }], ["article.get", { id: "chain" }]]);
    const whole = await get(path);
    assert.equal(whole.status, 200);
    const size = (await whole.arrayBuffer()).byteLength;
    const refused = await get(path, Math.floor(size / 2));
    assert.equal(refused.status, 413);
    assert.match((await refused.json()).error.message, /^the answer is [\d.]+ MB, over the [\d.]+ MB one request may have/);
  });
});

test("a database that cannot be read answers with the server's fault in plain words: no stack, no SQL", async () => {
  const dir = mkdtempSync(join(tmpdir(), "rethread-corrupt-"));
  const path = join(dir, "rethread.db");
  writeFileSync(path, "this is not a database, and it is long enough to be read as one ".repeat(100));
  const logged: unknown[] = [];
  const log = console.error;
  console.error = (...args: unknown[]) => void logged.push(args.join(" "));
  try {
    const request = new Request(`http://localhost/api/trpc/article.get?input=${encodeURIComponent(JSON.stringify({ id: "x" }))}`);
    const response = await handleTrpc(request, async () => ({ store: openSqliteStore(path) }));
    assert.equal(response.status, 500);
    const text = await response.text();
    assert.equal(JSON.parse(text).error.message, SERVER_FAULT);
    assert.doesNotMatch(text, /stack|not a database|SELECT|sqlite/i);
    assert.match(String(logged[0]), /article\.get: cannot open the SQLite database .*: file is not a database/, "the reason goes to the server's log");
  } finally {
    console.error = log;
    rmSync(dir, { recursive: true, force: true });
  }
});

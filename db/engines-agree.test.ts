// The same corpus on SQLite and on PostgreSQL reads the same through every procedure: ids,
// permalinks, trees, sorts, commenter pages and search. Runs where TEST_DATABASE_URL names a
// PostgreSQL server (the README's test command starts one).
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { ingestFiles, listDumps } from "../server/ingest/ingest";
import { THREAD_SORTS } from "../server/threads/sort-thread";
import { createCaller } from "../server/trpc/root";
import { openSqliteStore } from "./sqlite/store";
import type { Store } from "./store";
import { openTestStore } from "./test-store";

const CORPUS = join(import.meta.dirname, "../corpus");
const FORMATS = join(import.meta.dirname, "../e2e/formats");

describe("SQLite and PostgreSQL give the same answers", { skip: process.env.TEST_DATABASE_URL ? false : "no PostgreSQL server (TEST_DATABASE_URL)" }, () => {
  let dir: string;
  let sqlite: Store;
  let postgres: { store: Store; remove: () => Promise<void> };
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "rethread-engines-"));
    sqlite = openSqliteStore(join(dir, "agree.db"));
    postgres = await openTestStore();
    assert.equal(postgres.store.engine, "postgres");
    for (const store of [sqlite, postgres.store]) await ingestFiles(store, [...listDumps(CORPUS), ...listDumps(FORMATS)], { workers: 1 });
  });
  after(async () => {
    await sqlite?.close();
    await postgres?.remove();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The same call on both engines; `ingestedAt` is when, not what, so it is left out. */
  const both = async <T>(call: (api: ReturnType<typeof createCaller>) => Promise<T>) => {
    const strip = (value: unknown) => JSON.parse(JSON.stringify(value, (key, v) => (key === "ingestedAt" ? undefined : v)));
    return [strip(await call(createCaller({ store: sqlite }))), strip(await call(createCaller({ store: postgres.store })))] as const;
  };

  test("articles, their trees and comment ids", async () => {
    for (const sort of ["discussed", "recent", "title"] as const) {
      const [a, b] = await both((api) => api.article.list({ sort }));
      assert.deepEqual(b, a, `article.list sort=${sort}`);
    }
    const ids = (await createCaller({ store: sqlite }).article.list()).map((a) => a.id);
    assert.ok(ids.length >= 10);
    for (const id of ids) {
      const [a, b] = await both((api) => api.article.get({ id }));
      assert.deepEqual(b, a, `article.get ${id}`);
      const [da, db] = await both((api) => api.article.document({ id }));
      assert.deepEqual(db, da, `article.document ${id}`);
    }
  });

  test("thread views, replies with their context, commenters and search", async () => {
    const api = createCaller({ store: sqlite });
    const id = (await api.article.list({ sort: "discussed" }))[0]!.id;
    for (const sort of THREAD_SORTS) {
      const [a, b] = await both((api) => api.thread.get({ articleId: id, sort }));
      assert.deepEqual(b, a, `thread.get sort=${sort}`);
    }
    const thread = await api.article.get({ id });
    const someone = thread.comments.find((c) => c.author && c.descendantCount > 0) ?? thread.comments.find((c) => c.author)!;
    const [ta, tb] = await both((api) => api.thread.get({ articleId: id, author: someone.author! }));
    assert.deepEqual(tb, ta, "thread.get by commenter");
    const [ca, cb] = await both((api) => api.comment.get({ id: someone.id, context: 3 }));
    assert.deepEqual(cb, ca, "comment.get");
    const [aa, ab] = await both((api) => api.author.get({ name: someone.author! }));
    assert.deepEqual(ab, aa, "author.get");
    for (const q of ["the", "russia", "don't", "Putin sa", "ferry"]) {
      const [sa, sb] = await both((api) => api.search({ q }));
      assert.deepEqual(new Set(sb.map((h: { id: string }) => h.id)), new Set(sa.map((h: { id: string }) => h.id)), `search ${q}`);
      const [fa, fb] = await both((api) => api.thread.get({ articleId: id, q }));
      assert.deepEqual(fb, fa, `thread.get q=${q}`);
    }
  });
});

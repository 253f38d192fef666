import assert from "node:assert/strict";
import { test } from "node:test";
import { PageCache, type CachedPage } from "./page-cache";

const page = (bytes: number, version = 1): CachedPage => ({ status: 200, headers: {}, body: Buffer.alloc(bytes, 120), version });

test("a page is served only for the data version it was rendered from", () => {
  const cache = new PageCache(1000);
  cache.set("/a/x", page(10, 1));
  assert.equal(cache.get("/a/x", 1)?.body.length, 10);
  assert.equal(cache.get("/a/x", 2), undefined);
  assert.equal(cache.get("/a/x", 1), undefined, "a stale page is dropped, not kept for later");
  assert.deepEqual(cache.size, { pages: 0, bytes: 0 });
});

test("the cache stays within its bytes, dropping the least recently used pages first", () => {
  const cache = new PageCache(300, 300);
  cache.set("a", page(100));
  cache.set("b", page(100));
  cache.set("c", page(100));
  cache.get("a", 1); // a is now the most recent
  cache.set("d", page(100));
  assert.equal(cache.get("b", 1), undefined);
  for (const key of ["a", "c", "d"]) assert.ok(cache.get(key, 1), key);
  assert.deepEqual(cache.size, { pages: 3, bytes: 300 });
});

test("a page over the size limit for one entry is not kept, and pushes nothing out", () => {
  const cache = new PageCache(1000, 100);
  cache.set("small", page(50));
  cache.set("huge", page(101));
  assert.equal(cache.get("huge", 1), undefined);
  assert.ok(cache.get("small", 1));
});

test("storing a page again replaces it without counting it twice", () => {
  const cache = new PageCache(1000);
  cache.set("a", page(100));
  cache.set("a", page(40));
  assert.deepEqual(cache.size, { pages: 1, bytes: 40 });
});

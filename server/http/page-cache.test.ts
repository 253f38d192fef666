import assert from "node:assert/strict";
import { test } from "node:test";
import { cost, PageCache, type CachedPage } from "./page-cache";

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
  const one = cost("a", page(100));
  const cache = new PageCache(3 * one, 3 * one);
  cache.set("a", page(100));
  cache.set("b", page(100));
  cache.set("c", page(100));
  cache.get("a", 1); // a is now the most recent
  cache.set("d", page(100));
  assert.equal(cache.get("b", 1), undefined);
  for (const key of ["a", "c", "d"]) assert.ok(cache.get(key, 1), key);
  assert.deepEqual(cache.size, { pages: 3, bytes: 3 * one });
});

test("a page over the size limit for one entry is not kept, and pushes nothing out", () => {
  const cache = new PageCache(1000, cost("huge", page(100)));
  cache.set("small", page(50));
  cache.set("huge", page(101));
  assert.equal(cache.get("huge", 1), undefined);
  assert.ok(cache.get("small", 1));
});

test("storing a page again replaces it without counting it twice", () => {
  const cache = new PageCache(1000);
  cache.set("a", page(100));
  cache.set("a", page(40));
  assert.deepEqual(cache.size, { pages: 1, bytes: cost("a", page(40)) });
});

test("keys and headers count toward the bound: pages under made-up long keys cannot grow it", () => {
  const cache = new PageCache(100_000);
  for (let i = 0; i < 1000; i++) cache.set(`${"x".repeat(1000)}${i}`, { ...page(10), headers: { vary: "y".repeat(500) } });
  assert.ok(cache.size.bytes <= 100_000, `${cache.size.bytes} bytes`);
  assert.ok(cache.size.pages < 100);
});


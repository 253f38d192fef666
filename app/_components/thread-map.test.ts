import assert from "node:assert/strict";
import { test } from "node:test";
import { MAX_SEGMENTS, threadMap } from "./thread-map";

/** A view of `sizes.length` top-level comments, the k-th with sizes[k] - 1 replies under it. */
function view(sizes: number[]) {
  const flat: { id: string; parentId: string | null; author: string | null }[] = [];
  sizes.forEach((size, k) => {
    flat.push({ id: `t${k}`, parentId: null, author: `author${k}` });
    for (let r = 1; r < size; r++) flat.push({ id: `t${k}r${r}`, parentId: `t${k}`, author: "replier" });
  });
  return flat;
}

test("a big sub-thread is a segment of its own, named for who started it; small ones run together", () => {
  const sizes = [1, 1, 1, 500, 1, 1, 1, 1];
  const segments = threadMap(view(sizes));
  assert.deepEqual(segments.map((s) => [s.first, s.start, s.count, s.starter]), [
    ["t0", 0, 3, undefined],
    ["t3", 3, 500, "author3"],
    ["t4", 503, 4, undefined],
  ]);
});

test("segments cover the view exactly once, in order, and stay few whatever its size", () => {
  for (const sizes of [Array.from({ length: 5000 }, () => 1), Array.from({ length: 300 }, (_, k) => 1 + (k % 17) * 3), [10_000]]) {
    const flat = view(sizes);
    const segments = threadMap(flat);
    assert.ok(segments.length <= 2 * MAX_SEGMENTS, `${segments.length} segments`);
    let at = 0;
    for (const s of segments) {
      assert.equal(s.start, at);
      assert.equal(s.first, flat[at]!.id);
      at += s.count;
    }
    assert.equal(at, flat.length);
  }
});

test("in a filtered view, a comment whose parent is left out starts a sub-thread", () => {
  const segments = threadMap([
    { id: "a", parentId: "missing", author: "x" },
    { id: "b", parentId: "a", author: "y" },
  ]);
  assert.deepEqual(segments.map((s) => [s.first, s.count]), [["a", 2]]);
});

import assert from "node:assert/strict";
import { test } from "node:test";
import { buildThreadTree } from "./build-tree";

test("replies nest under their parents and count everything beneath them", () => {
  const roots = buildThreadTree([
    { id: "a", parentId: null },
    { id: "b", parentId: "a" },
    { id: "c", parentId: "b" },
    { id: "d", parentId: "a" },
    { id: "e", parentId: null },
  ]);
  assert.deepEqual(roots.map((r) => r.id), ["a", "e"]);
  assert.deepEqual(roots[0]!.children.map((c) => c.id), ["b", "d"]);
  assert.equal(roots[0]!.descendantCount, 3);
  assert.equal(roots[0]!.children[0]!.descendantCount, 1);
  assert.equal(roots[1]!.descendantCount, 0);
});

test("a reply whose parent is missing is kept at the top level", () => {
  const roots = buildThreadTree([{ id: "x", parentId: "gone" }]);
  assert.deepEqual(roots.map((r) => r.id), ["x"]);
});

test("a 5,000-deep chain builds without running out of stack", () => {
  const rows = Array.from({ length: 5000 }, (_, i) => ({ id: `n${i}`, parentId: i === 0 ? null : `n${i - 1}` }));
  const [root] = buildThreadTree(rows);
  assert.equal(root!.descendantCount, 4999);
});

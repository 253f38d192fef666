import assert from "node:assert/strict";
import { test } from "node:test";
import { buildThreadTree } from "./build-tree";
import { rows } from "./test-rows";

test("replies nest under their parents and count everything beneath them", () => {
  const roots = buildThreadTree(
    rows([
      ["a", null, "ann", null],
      ["b", "a", "bob", null],
      ["c", "b", "ann", null],
      ["d", "a", "cat", null],
      ["e", null, "dan", null],
    ]),
  );
  assert.deepEqual(roots.map((r) => r.id), ["a", "e"]);
  assert.deepEqual(roots[0]!.children.map((c) => c.id), ["b", "d"]);
  assert.equal(roots[0]!.descendantCount, 3);
  assert.equal(roots[0]!.people, 3, "bob, ann and cat wrote beneath a");
  assert.equal(roots[0]!.longestChain, 2);
  assert.equal(roots[0]!.children[0]!.descendantCount, 1);
  assert.equal(roots[1]!.descendantCount, 0);
});

test("a reply whose parent is missing is kept at the top level", () => {
  const roots = buildThreadTree(rows([["x", "gone", null, null]]));
  assert.deepEqual(roots.map((r) => r.id), ["x"]);
});

test("a 5,000-deep chain builds without running out of stack", () => {
  const chain = rows(Array.from({ length: 5000 }, (_, i) => [`n${i}`, i === 0 ? null : `n${i - 1}`, i % 2 ? "ann" : "bob", null]));
  const [root] = buildThreadTree(chain);
  assert.equal(root!.descendantCount, 4999);
  assert.equal(root!.longestChain, 4999);
  assert.equal(root!.people, 2);
});

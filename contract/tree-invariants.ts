import assert from "node:assert/strict";
import type { ParsedComment } from "./contract";

/** The contract's rules for any output: parents earlier, depth = parent's + 1, unique URL-safe ids. */
export function assertValidTree(comments: readonly ParsedComment[]): void {
  const seen = new Map<string, ParsedComment>();
  for (const c of comments) {
    assert.match(c.id, /^[A-Za-z0-9_-]+$/, `id ${c.id} is URL-safe`);
    assert.ok(!seen.has(c.id), `id ${c.id} is unique`);
    if (c.parentId === null) assert.equal(c.depth, 0, `top-level comment ${c.id} has depth 0`);
    else {
      const parent = seen.get(c.parentId);
      assert.ok(parent, `parent of ${c.id} comes earlier`);
      assert.equal(c.depth, parent.depth + 1, `depth of ${c.id} is its parent's + 1`);
    }
    seen.set(c.id, c);
  }
}

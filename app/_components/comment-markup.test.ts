// The thread's styles hang on the hooks comment-markup.ts defines: a class or attribute renamed
// there and not in globals.css (or the reverse) would leave comments unstyled without an error.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { CLASS, DATA } from "./comment-markup";

const css = readFileSync(join(import.meta.dirname, "../globals.css"), "utf8");

test("globals.css styles every class of a comment's markup, and no class or data attribute the markup does not define", () => {
  const classes = new Set([...css.matchAll(/\.(c-[a-z-]+)/g)].map((m) => m[1]!));
  const attributes = new Set([...css.matchAll(/\[(data-[a-z-]+)/g)].map((m) => m[1]!));
  assert.deepEqual([...classes].sort(), Object.values(CLASS).sort());
  const known = new Set<string>(Object.values(DATA));
  assert.deepEqual([...attributes].filter((a) => !known.has(a)), []);
});

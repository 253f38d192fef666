// Every fixture under fixtures/ is a dump beside the tree a reader would expect from it.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { parseDocument } from "./index";
import { assertValidTree } from "../../document/tree-invariants";

interface ExpectedComment {
  author?: string | null;
  authorSource?: string | null;
  parentSource?: string;
  replyTo?: string | null;
  depth: number;
  /** Index of the parent in the expected list, or null for top level. */
  parent: number | null;
  postedAt?: string | null;
  postedAtText?: string | null;
  text: string;
}

interface Expected {
  title?: string | null;
  site?: string | null;
  bodyHas?: string[];
  bodyCount?: number;
  nowhere?: string[];
  comments: ExpectedComment[];
}

const DIR = join(import.meta.dirname, "fixtures");

for (const file of readdirSync(DIR).filter((f) => f.endsWith(".txt"))) {
  const expected: Expected = JSON.parse(readFileSync(join(DIR, file.replace(/\.txt$/, ".expected.json")), "utf8"));

  test(`fixture ${file} parses into the expected article and comment tree`, () => {
    const doc = parseDocument(file, readFileSync(join(DIR, file), "utf8"));
    assertValidTree(doc.comments);
    if (expected.title !== undefined) assert.equal(doc.title, expected.title);
    if (expected.site !== undefined) assert.equal(doc.site, expected.site);
    if (expected.bodyCount !== undefined) assert.equal(doc.body.length, expected.bodyCount);
    const body = doc.body.map((b) => b.text);
    for (const p of expected.bodyHas ?? []) assert.ok(body.some((t) => t.includes(p)), `body keeps "${p}"`);
    const everything = [doc.title ?? "", ...body, ...doc.comments.map((c) => c.text)];
    for (const p of expected.nowhere ?? []) assert.ok(!everything.some((t) => t.includes(p)), `"${p}" is dropped`);

    // Optional fields are compared only where the fixture states them.
    const got = doc.comments.map((c, i) => {
      const e = expected.comments[i];
      const parent = c.parentId === null ? null : doc.comments.findIndex((p) => p.id === c.parentId);
      return { depth: c.depth, parent, text: c.text, ...pick(c, e) };
    });
    const want = expected.comments.map((e) => ({ depth: e.depth, parent: e.parent, text: e.text, ...pick(e, e) }));
    assert.deepEqual(got, want);
  });
}

const OPTIONAL = ["author", "authorSource", "parentSource", "replyTo", "postedAt", "postedAtText"] as const;

function pick(from: Partial<Record<(typeof OPTIONAL)[number], unknown>>, stated: ExpectedComment | undefined) {
  return Object.fromEntries(OPTIONAL.filter((k) => stated?.[k] !== undefined).map((k) => [k, from[k]]));
}

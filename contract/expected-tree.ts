// Fixture checking shared by every importer's tests: a file beside the article and comment tree
// a reader would expect from it (`NAME.expected.json`).
import assert from "node:assert/strict";
import type { ParsedDocument } from "./contract";
import { assertValidTree } from "./tree-invariants";

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
  id?: string;
}

export interface ExpectedDocument {
  title?: string | null;
  site?: string | null;
  bodyHas?: string[];
  bodyCount?: number;
  nowhere?: string[];
  comments: ExpectedComment[];
}

const OPTIONAL = ["author", "authorSource", "parentSource", "replyTo", "postedAt", "postedAtText", "id"] as const;

function pick(from: Partial<Record<(typeof OPTIONAL)[number], unknown>>, stated: ExpectedComment | undefined) {
  return Object.fromEntries(OPTIONAL.filter((k) => stated?.[k] !== undefined).map((k) => [k, from[k]]));
}

/** Asserts the contract's tree rules, then everything the fixture states (optional fields only where stated). */
export function assertExpected(doc: ParsedDocument, expected: ExpectedDocument): void {
  assertValidTree(doc.comments);
  if (expected.title !== undefined) assert.equal(doc.title, expected.title);
  if (expected.site !== undefined) assert.equal(doc.site, expected.site);
  if (expected.bodyCount !== undefined) assert.equal(doc.body.length, expected.bodyCount);
  const body = doc.body.map((b) => b.text);
  for (const p of expected.bodyHas ?? []) assert.ok(body.some((t) => t.includes(p)), `body keeps "${p}"`);
  const everything = [doc.title ?? "", ...body, ...doc.comments.map((c) => c.text)];
  for (const p of expected.nowhere ?? []) assert.ok(!everything.some((t) => t.includes(p)), `"${p}" is dropped`);
  const got = doc.comments.map((c, i) => {
    const e = expected.comments[i];
    const parent = c.parentId === null ? null : doc.comments.findIndex((p) => p.id === c.parentId);
    return { depth: c.depth, parent, text: c.text, ...pick(c, e) };
  });
  const want = expected.comments.map((e) => ({ depth: e.depth, parent: e.parent, text: e.text, ...pick(e, e) }));
  assert.deepEqual(got, want);
}

// Every saved page under fixtures/ beside the tree a reader would expect from it; and pages that
// give the importer nothing to hold on to.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { assertExpected } from "../../../contract/expected-tree";
import { assertValidTree } from "../../../contract/tree-invariants";
import { importHtml } from "./index";

const DIR = join(import.meta.dirname, "fixtures");

for (const file of readdirSync(DIR).filter((f) => f.endsWith(".html"))) {
  test(`saved page ${file} gives the expected article and comment tree`, () => {
    const expected = JSON.parse(readFileSync(join(DIR, file.replace(/\.html$/, ".expected.json")), "utf8"));
    assertExpected(importHtml(file, readFileSync(join(DIR, file), "utf8")), expected);
  });
}

test("a page whose markup names no comments is read as text, so its flattened comments are still found", () => {
  const page = `<html><head><title>Notes</title></head><body><h1>Spring notes</h1><p>${"The garden woke early this year. ".repeat(8)}</p>
    <h3>2 comments</h3><div><p><b>Anna</b> says:</p><p>March 3, 2024 at 9:12 am</p><p>Lovely photos of the crocuses.</p></div>
    <div><p><b>Ben</b> says:</p><p>March 4, 2024 at 7:30 pm</p><p>Ours are a week behind.</p></div></body></html>`;
  const doc = importHtml("notes.html", page);
  assert.deepEqual(
    doc.comments.map((c) => [c.author, c.text]),
    [["Anna", "Lovely photos of the crocuses."], ["Ben", "Ours are a week behind."]],
  );
});

test("pages with nothing usable give an empty document, never an error", () => {
  for (const page of ["", "<html></html>", "<<<>>>", "<html><body><div class='comment'></div></body></html>", "\u0000\ufffd<p>"]) {
    const doc = importHtml("empty.html", page);
    assertValidTree(doc.comments);
    assert.equal(doc.comments.length, 0);
  }
});

test("markup nested 20,000 deep is read without overflowing the stack", () => {
  const depth = 20_000;
  const page = `<html><body>${"<div>".repeat(depth)}<p>deep words</p>${"</div>".repeat(depth)}
    <ol class="comment-list"><li class="comment" id="comment-1"><cite class="fn">Ann</cite><div class="comment-content"><p>${"<span>".repeat(depth)}still here${"</span>".repeat(depth)}</p></div></li></ol></body></html>`;
  const doc = importHtml("deep.html", page);
  assert.equal(doc.comments.length, 1);
  assert.equal(doc.comments[0]!.text, "still here");
});

import assert from "node:assert/strict";
import { test } from "node:test";
import { quoteFinder, quoteOf } from "./quoted-source";

test("a quote is the start of the first '>' paragraph, without Markdown, case or punctuation; a short one is no quote", () => {
  assert.equal(quoteOf("> The **harbour** budget, again!\n> and more\n\nMy answer"), "the harbour budget again and more");
  assert.equal(quoteOf("intro\n\n> quoted words here at last"), "quoted words here at last");
  assert.equal(quoteOf("> yes"), null);
  assert.equal(quoteOf("no quote at all, just words"), null);
});

test("a quote links to the nearest comment up its chain that holds its words, and to none when nobody wrote them", () => {
  const flat = [
    { id: "a", parentId: null, text: "The harbour budget is late again this year." },
    { id: "b", parentId: "a", text: "I doubt it; the council said March." },
    { id: "c", parentId: "b", text: "> the harbour budget is late again\n\nIt always is." },
    { id: "d", parentId: "b", text: "> the council said March\n\nWhich March?" },
    { id: "e", parentId: "a", text: "> Nobody here wrote these words at all\n\nRight." },
    { id: "f", parentId: null, text: "> the council said March\n\nA quote from another sub-thread." },
  ];
  const index = new Map(flat.map((c, i) => [c.id, i]));
  const find = quoteFinder(flat, index);
  assert.equal(find(2), 0, "the grandparent");
  assert.equal(find(3), 1, "the parent");
  assert.equal(find(4), undefined);
  assert.equal(find(5), undefined, "not up its chain");
  assert.equal(find(0), undefined);
});

import assert from "node:assert/strict";
import { test } from "node:test";
import type { BodyBlock } from "../../contract/contract";
import { articleAuthor, isArticleAuthor } from "./article-author";

const body = (...texts: string[]): BodyBlock[] => texts.map((text) => ({ kind: "paragraph", text }));

test("a byline under the headline names the article's author, in several languages and shapes", () => {
  assert.equal(articleAuthor(null, body("By Dana Reyes", "The ferry fares rose again.")), "Dana Reyes");
  assert.equal(articleAuthor(null, body("Von Tomas Spahn | 12. März 2021", "Text.")), "Tomas Spahn");
  assert.equal(articleAuthor(null, body("Posted by ann_k", "Text.")), "ann_k");
  assert.equal(articleAuthor(null, body("Por María José Pérez", "Texto.")), "María José Pérez");
  assert.equal(articleAuthor(null, body("Author: J. R. Smith", "Text.")), "J. R. Smith");
  // A short line under the headline is read as its subtitle.
  assert.equal(articleAuthor("By Ruth Kemp", body("Text.")), "Ruth Kemp");
});

test("sentences that begin like a byline, and bylines far into the text, name nobody", () => {
  assert.equal(articleAuthor(null, body("By weight?", "Text.")), null);
  assert.equal(articleAuthor(null, body("By the time the ferry came, the queue reached the square.")), null);
  assert.equal(articleAuthor(null, body("a", "b", "c", "d", "e", "f", "By Dana Reyes")), null);
  assert.equal(articleAuthor(null, []), null);
});

test("a commenter is the article's author when the names match, case aside", () => {
  assert.ok(isArticleAuthor("dana reyes", "Dana Reyes"));
  assert.ok(!isArticleAuthor("Dana", "Dana Reyes"));
  assert.ok(!isArticleAuthor(null, "Dana Reyes"));
  assert.ok(!isArticleAuthor("Dana Reyes", null));
});

test("lower-case words after \"by\" are no name", () => {
  assert.equal(articleAuthor(null, body("by default", "Text.")), null);
  assert.equal(articleAuthor(null, body("by the way, the ferry was late", "Text.")), null);
});

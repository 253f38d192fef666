import assert from "node:assert/strict";
import { test } from "node:test";
import { buildThreadTree } from "@/server/threads/build-tree";
import { flattenThread } from "@/server/threads/flat-thread";
import type { CommentRow } from "@/db/store";
import { renderCommentTree, type TreeOptions } from "./comment-tree-html";

const row = (id: string, parentId: string | null, author: string | null, text: string, parentAuthor: string | null = null, depth = parentId ? 1 : 0): CommentRow => ({
  id, documentId: "d", position: 0, parentId, depth, author, authorSource: "header", parentSource: parentId ? "indent" : "none",
  parentAuthor, replyTo: null, postedAt: "2016-12-30T20:59", postedAtText: null, text,
});
const render = (rows: CommentRow[], options: TreeOptions = {}, part?: { start: number; end: number }) => renderCommentTree(flattenThread(buildThreadTree(rows)), options, part);

/** The same thread as a browser sees it: the page's markup parsed. */
const ids = (html: string) => [...html.matchAll(/id='c-([^']+)'/g)].map((m) => m[1]);

test("every dump-derived value is escaped: no tag, attribute or quote from the dump survives as markup", () => {
  const html = render(
    [row("a", null, `x' onmouseover='alert(1)`, "<script>alert(1)</script> & \"quotes\""), row("b", "a", "<img src=x onerror=alert(1)>", "> quoted <b>bold</b>", `x' onmouseover='alert(1)`)],
    { words: ["script"] },
  );
  assert.ok(!/<script|<img|<b>|onmouseover='/.test(html), html);
  assert.match(html, /<\/h3>&lt;<mark>script<\/mark>&gt;alert\(1\)&lt;\/<mark>script<\/mark>&gt; &amp; &quot;quotes&quot;<\/article>/);
  assert.match(html, /<blockquote><p>quoted &lt;b&gt;bold&lt;\/b&gt;<\/p><\/blockquote>/);
  assert.match(html, /data-author='x&#39; onmouseover=&#39;alert\(1\)'/);
  assert.match(html, /aria-label='Reply from &lt;img src=x onerror=alert\(1\)&gt; to x&#39; onmouseover=&#39;alert\(1\), level 2'/);
});

test("a reply nests inside its parent's list item; the parent has a collapse toggle carrying its summary, a leaf has none", () => {
  const html = render([row("a", null, "ann", "hi"), row("b", "a", "bob", "hello", "ann")]);
  assert.match(html, /<li data-depth='0' data-author='ann'><article id='c-a'[^>]*><button type='button' data-collapse aria-expanded='true' aria-label='Collapse 1 reply' data-summary='1 reply · 1 person · longest chain 1'><\/button><h3>.*<ol class='c-list' data-replies><li data-depth='1' data-author='bob'><article id='c-b'/);
  assert.equal(html.match(/data-collapse/g)?.length, 1);
  assert.ok(!html.includes("0 replies"));
});

test("the time is the permalink; a reply's parent link says where its place in the thread came from", () => {
  const replyTo = { ...row("b", "a", "bob", "hello", "ann"), parentSource: "reply-to" as const };
  const html = render([row("a", null, "ann", "hi"), replyTo], { carry: "?sort=newest" });
  assert.match(html, /<a href='\/c\/b\?sort=newest' data-permalink><time datetime='2016-12-30T20:59'>/);
  assert.match(html, /<a href='#c-a' data-up aria-label='parent' title='Placed under its parent by its &quot;in reply to&quot; line'><\/a>/);
  assert.match(render([row("a", null, "ann", "hi"), row("b", "a", "bob", "hello", "ann")]), /data-up aria-label='parent' title='Placed under its parent by the dump&#39;s indentation'>/);
});

test("depth limits put deeper replies behind continue this thread", () => {
  const html = render([row("a", null, "ann", "hi"), row("b", "a", "bob", "hello", "ann")], { depth: 1 });
  assert.ok(!html.includes("id='c-b'"));
  assert.match(html, /<a class='c-more' href='\/c\/a'>continue this thread \(1 reply\) →<\/a>/);
});

test("a thread cut into parts holds every comment once, and a part that starts inside a sub-thread says under which comment it goes", () => {
  const rows = [row("a", null, "ann", "1"), row("b", "a", "bob", "2", "ann"), row("c", "b", "cy", "3", "bob", 2), row("d", "a", "dee", "4", "ann"), row("e", null, "eve", "5")];
  const whole = render(rows);
  const first = render(rows, {}, { start: 0, end: 2 });
  const second = render(rows, {}, { start: 2, end: 5 });
  assert.deepEqual([...ids(first), ...ids(second)], ids(whole));
  // a's replies list is open for the rest; c continues b's, d continues a's, e is a new top-level comment.
  assert.match(first, /^<ol class='c-list' data-thread-root>.*<ol class='c-list' data-replies><li data-depth='1' data-author='bob'>.*<ol class='c-list' data-replies><\/ol><\/li><\/ol><\/li><\/ol>$/);
  assert.match(second, /^<li data-depth='2' data-author='cy' data-under='b'>.*<\/li><li data-depth='1' data-author='dee' data-under='a'>.*<\/li><li data-depth='0' data-author='eve'>/);
});

test("parts end before a new top-level comment where one is near, and cut a long sub-thread where the size says", async () => {
  const { threadParts } = await import("./thread-parts");
  const flat = (shape: (string | null)[]) => shape.map((parentId, i) => ({ id: String(i), parentId }));
  // Top-level comments at 0, 3 and 7; the rest replies.
  const talk = flat([null, "0", "1", null, "3", "3", "5", null, "7", "8"]);
  assert.deepEqual(threadParts(talk, 5, 5), [{ start: 0, end: 3 }, { start: 3, end: 7 }, { start: 7, end: 10 }]);
  const chain = flat([null, "0", "1", "2", "3", "4", "5"]);
  assert.deepEqual(threadParts(chain, 2, 3), [{ start: 0, end: 2 }, { start: 2, end: 5 }, { start: 5, end: 7 }]);
  assert.deepEqual(threadParts([], 2, 3), []);
});

test("a long exchange of two people folds into their names, and its button names them for the link to their exchange", () => {
  const chain = ["a", "b", "c", "d", "e"].map((id, i, ids) => row(id, i === 0 ? null : ids[i - 1]!, i % 2 ? "bob" : "ann", `turn ${i}`, i === 0 ? null : i % 2 ? "ann" : "bob", i));
  const html = render(chain);
  assert.match(html, /<article id='c-a'[^>]*><button [^>]*data-summary='ann ↔ bob \(5\)' data-between='ann,bob'>/);
  assert.ok(!render([row("a", null, "ann", "hi"), row("b", "a", "bob", "hello", "ann")]).includes("data-between"), "too short to fold as an exchange");
});

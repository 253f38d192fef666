import assert from "node:assert/strict";
import { test } from "node:test";
import { buildThreadTree } from "@/server/threads/build-tree";
import { renderCommentTree } from "./comment-tree-html";

const row = (id: string, parentId: string | null, author: string | null, text: string, parentAuthor: string | null = null) => ({
  id, documentId: "d", position: 0, parentId, depth: parentId ? 1 : 0, author, authorSource: "header" as const, parentSource: parentId ? ("indent" as const) : ("none" as const),
  parentAuthor, replyTo: null, postedAt: "2016-12-30T20:59", postedAtText: null, text,
});

test("every dump-derived value is escaped: no tag, attribute or quote from the dump survives as markup", () => {
  const html = renderCommentTree(
    buildThreadTree([
      row("a", null, `x' onmouseover='alert(1)`, "<script>alert(1)</script> & \"quotes\""),
      row("b", "a", "<img src=x onerror=alert(1)>", "> quoted <b>bold</b>", `x' onmouseover='alert(1)`),
    ]),
    { words: ["script"] },
  );
  assert.ok(!/<script|<img|<b>|onmouseover='/.test(html), html);
  assert.match(html, /&lt;<mark>script<\/mark>&gt;alert\(1\)&lt;\/<mark>script<\/mark>&gt; &amp; &quot;quotes&quot;/);
  assert.match(html, /data-author='x&#39; onmouseover=&#39;alert\(1\)'/);
  assert.match(html, /reply from &lt;img src=x onerror=alert\(1\)&gt; to x&#39; onmouseover=&#39;alert\(1\), level 2/);
});

test("a reply nests inside its parent's list item, with a collapse toggle and a summary", () => {
  const html = renderCommentTree(buildThreadTree([row("a", null, "ann", "hi"), row("b", "a", "bob", "hello", "ann")]), {});
  assert.match(html, /<li data-depth='0' data-author='ann'><article id='c-a'.*<button type='button' data-collapse aria-expanded='true'>collapse<\/button><span data-summary hidden>1 reply · 1 person · longest chain 1<\/span>.*<li data-depth='1' data-author='bob'><article id='c-b'/);
});

test("a reply's parent link says where its place in the thread came from", () => {
  const replyTo = { ...row("b", "a", "bob", "hello", "ann"), parentSource: "reply-to" as const };
  const html = renderCommentTree(buildThreadTree([row("a", null, "ann", "hi"), replyTo]), {});
  assert.match(html, /<a href='#c-a' data-up title='Placed under its parent by its &quot;in reply to&quot; line'>parent<\/a>/);
  const indented = renderCommentTree(buildThreadTree([row("a", null, "ann", "hi"), row("b", "a", "bob", "hello", "ann")]), {});
  assert.match(indented, /data-up title='Placed under its parent by the dump&#39;s indentation'>parent/);
});

test("depth limits put deeper replies behind continue this thread", () => {
  const html = renderCommentTree(buildThreadTree([row("a", null, "ann", "hi"), row("b", "a", "bob", "hello", "ann")]), { depth: 1 });
  assert.ok(!html.includes("id='c-b'"));
  assert.match(html, /<a class='c-more' href='\/c\/a'>continue this thread \(1 reply\) →<\/a>/);
});

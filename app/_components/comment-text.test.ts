import assert from "node:assert/strict";
import { test } from "node:test";
import { Parser } from "htmlparser2";
import { COMMENT_LINK_REL, commentTextHtml } from "./comment-text";
import { escapeHtml } from "./escape-html";

/** The elements comment text may become, and what each may carry. */
const ALLOWED: Record<string, readonly string[]> = {
  a: ["href", "rel"],
  strong: [],
  em: [],
  s: [],
  code: [],
  pre: [],
  blockquote: [],
  p: [],
  ul: [],
  ol: ["start"],
  li: [],
  br: [],
  mark: [],
};

/** Every element and attribute in `html`, read by a real HTML parser; fails on anything not allowed. */
function assertSafe(html: string, source: string) {
  const parser = new Parser({
    onopentag(name, attributes) {
      assert.ok(name in ALLOWED, `<${name}> from ${JSON.stringify(source)}`);
      for (const attribute of Object.keys(attributes)) assert.ok(ALLOWED[name]!.includes(attribute), `${attribute} on <${name}> from ${JSON.stringify(source)}`);
      if (name === "a") {
        assert.match(attributes.href ?? "", /^(https?:\/\/|mailto:)/i, `href from ${JSON.stringify(source)}`);
        assert.equal(attributes.rel, COMMENT_LINK_REL);
      }
    },
  });
  parser.write(html);
  parser.end();
}

const HOSTILE = [
  "[x](javascript:alert(1))",
  "[x](JaVaScRiPt:alert(1))",
  "[x]( javascript:alert(1) )",
  "[x](java\tscript:alert(1))",
  "[x](&#106;avascript:alert(1))",
  "[x](%6Aavascript:alert(1))",
  "[x](vbscript:msgbox(1))",
  "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[x](file:///etc/passwd)",
  "[x](/relative/path)",
  "[x](//evil.example/protocol-relative)",
  "<javascript:alert(1)>",
  "<data:text/html,<script>alert(1)</script>>",
  "![x](javascript:alert(1))",
  "![x](https://evil.example/pixel.gif)",
  '![x" onerror="alert(1)](https://evil.example/a.png)',
  '[x](https://example.org/" onmouseover="alert(1))',
  "[x](https://example.org/'onmouseover='alert(1)')",
  "[[a](https://example.org/inner)](https://example.org/outer)",
  "[a [b [c]]](https://example.org/deep)",
  "[x][ref]\n\n[ref]: javascript:alert(1)",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '<a href="javascript:alert(1)">x</a>',
  "```html\n<script>alert(1)</script>\n```",
  "`<img src=x onerror=alert(1)>`",
  "> <iframe src=javascript:alert(1)>",
  "- <svg onload=alert(1)>\n- [y](javascript:1)",
  "www.example.org/<script>",
  "https://example.org/?q=<script>alert(1)</script>",
  "mail <x@example.org>",
  "&lt;script&gt;alert(1)&lt;/script&gt;",
];

test("hostile Markdown renders to nothing but allowed elements, and every link goes to the web or mail with rel nofollow ugc noopener", () => {
  for (const source of HOSTILE) assertSafe(commentTextHtml(source), source);
  // And mixed with each other, where one construct's brackets meet another's.
  for (const a of HOSTILE) for (const b of HOSTILE) assertSafe(commentTextHtml(`${a} ${b}`), `${a} ${b}`);
});

test("what a commenter wrote as Markdown shows as its formatting", () => {
  assert.equal(commentTextHtml("**bold** *em* `code` ~~gone~~"), "<strong>bold</strong> <em>em</em> <code>code</code> <s>gone</s>");
  assert.equal(commentTextHtml("see [docs](https://example.org/d)"), `see <a href="https://example.org/d" rel="${COMMENT_LINK_REL}">docs</a>`);
  assert.equal(commentTextHtml("at https://example.org/x today"), `at <a href="https://example.org/x" rel="${COMMENT_LINK_REL}">https://example.org/x</a> today`);
  assert.equal(commentTextHtml("> quoted\n\nanswer"), "<blockquote><p>quoted</p></blockquote><p>answer</p>");
  assert.equal(commentTextHtml("- one\n- two"), "<ul><li>one</li><li>two</li></ul>");
  assert.equal(commentTextHtml("![map](https://example.org/m.png)"), `<a href="https://example.org/m.png" rel="${COMMENT_LINK_REL}">map</a>`);
});

test("what would misread a flattened page stays as written: headings, rules, indentation, entities, unsafe links", () => {
  assert.equal(commentTextHtml("# 1 fan of this"), "# 1 fan of this");
  assert.equal(commentTextHtml("---"), "---");
  assert.equal(commentTextHtml("    indented *words*"), "indented <em>words</em>");
  assert.equal(commentTextHtml("&lt;b&gt; and &amp;"), "&amp;lt;b&amp;gt; and &amp;amp;");
  assert.equal(commentTextHtml("[x](javascript:alert(1))"), "[x](javascript:alert(1))");
  assert.equal(commentTextHtml("<b>tag</b>"), "&lt;b&gt;tag&lt;/b&gt;");
});

test("a search's words are marked inside the formatting, and plain text takes the short way to the same result", () => {
  const mark = (text: string) => text.replace(/harbour/g, "<mark>harbour</mark>");
  assert.equal(commentTextHtml("the **harbour** budget", mark), "the <strong><mark>harbour</mark></strong> budget");
  assert.equal(commentTextHtml("the harbour budget", mark), "the <mark>harbour</mark> budget");
  // The short way gives what the parser gives: the same words with a * added (it takes the parser) and removed.
  for (const plain of ["plain words only", "it's 3 o'clock, \"quoted\"", "a line\nand its next", "one\n\n  two  \n \n\nthree"]) {
    assert.equal(commentTextHtml(plain), commentTextHtml(`${plain}*`).replace(/\*(<\/p>)?$/, "$1"), plain);
  }
  assert.equal(commentTextHtml("\n\n"), "");
});

test("a quote whose source is known ends with a link to it; only the first quote, and only when asked", () => {
  const source = { href: "#c-a1", author: "ann" };
  assert.equal(commentTextHtml("> her words\n\nmine", escapeHtml, source), `<blockquote><p>her words</p><a href="#c-a1" data-quote-source>quoting ann</a></blockquote><p>mine</p>`);
  assert.equal(commentTextHtml("> one\n\nmid\n\n> two", escapeHtml, source).match(/data-quote-source/g)?.length, 1);
  assert.equal(commentTextHtml("> her words\n\nmine"), "<blockquote><p>her words</p></blockquote><p>mine</p>");
  assert.ok(commentTextHtml("> x", escapeHtml, { href: "#c-\"><script>", author: "<b>" }).includes(`href="#c-&quot;&gt;&lt;script&gt;"`));
});

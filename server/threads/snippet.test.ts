import assert from "node:assert/strict";
import { test } from "node:test";
import { MARK_END, MARK_START, snippet } from "./snippet";

const marked = (s: string) => s.replaceAll(MARK_START, "[").replaceAll(MARK_END, "]");

test("marks every word that starts like a searched one or its stem, case-insensitively", () => {
  assert.equal(marked(snippet("Phishers are not hackers. Phishing is an attempt.", ["phish"])), "[Phishers] are not hackers. [Phishing] is an attempt.");
  assert.equal(marked(snippet("a combination phish + hack", ["phishing"])), "a combination [phish] + hack");
});

test("cuts a long text around the first match", () => {
  const text = `${"filler ".repeat(100)}the needle is here${" filler".repeat(100)}`;
  const cut = marked(snippet(text, ["needle"], 60));
  assert.match(cut, /^….*the \[needle\] is here.*…$/);
  assert.ok(cut.length <= 64);
});

test("marker characters in the text itself cannot forge a mark", () => {
  assert.equal(snippet("a \u0002fake\u0003 mark", ["zzz"]), "a fake mark");
});

test("regex characters in a search are plain text", () => {
  assert.equal(marked(snippet("costs $5 (or more)", ["(or"])), "costs $5 [(or] more)");
});

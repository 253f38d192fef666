// Each export format read from a small file of its real shape; and what is not an export.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import type { ParsedDocument } from "../../../contract/contract";
import { assertValidTree } from "../../../contract/tree-invariants";
import { detectFormat, importFile } from "../index";
import { exportReader, MAX_RECORD_CHARS, readExport, type ExportKind } from "./index";

const DIR = join(import.meta.dirname, "fixtures");
const read = async (file: string) => {
  const docs = await importFile(file, readFileSync(join(DIR, file), "utf8"));
  for (const d of docs) assertValidTree(d.comments);
  return docs;
};
/** A tree as a reader sees it: who, at what depth, saying what. */
const shape = (doc: ParsedDocument) => doc.comments.map((c) => `${"  ".repeat(c.depth)}${c.author ?? "–"}: ${c.text}`);

test("a WordPress export gives one article a post, its comments nested by wp:comment_parent, spam left out and a trashed parent kept as a placeholder", async () => {
  const [doc, ...rest] = await read("wordpress.xml");
  assert.equal(rest.length, 0, "the attachment item is not an article");
  assert.equal(doc!.title, "Leeks in July");
  assert.deepEqual(doc!.body.map((b) => b.text), ["The leeks went in late this year, after the broad beans.", "Water them daily."]);
  assert.deepEqual(shape(doc!), ["Marge: Mine bolted. Any tips?", "  –: [deleted]", "    Tom: Sow them after the longest day."]);
  assert.ok(doc!.comments.every((c) => /^wp-[a-z0-9]+-\d+$/.test(c.id)), "ids keep the export's comment numbers");
});

test("a Disqus export gives an article per thread with its posts nested by <parent>", async () => {
  const docs = await read("disqus.xml");
  assert.deepEqual(docs.map((d) => d.title), ["Night ferry returns", "Ramp repairs"]);
  assert.deepEqual(shape(docs[0]!), ["Old Salt: About time.\n\nBring back the bar.", "  ferrywatcher: The bar is in the plan."]);
  assert.deepEqual(docs[0]!.comments.map((c) => c.id), ["dq-501", "dq-502"]);
});

test("a Reddit thread's JSON keeps Reddit's ids, a deleted comment's place for its reply, and skips 'more' stubs", async () => {
  const [doc] = await read("reddit-thread.json");
  assert.equal(doc!.title, "My grandmother's rye starter is 60 years old");
  assert.deepEqual(shape(doc!), ["proofer: Sixty years of Sundays.", "  –: [deleted]", "    crustacean: It was about the crumb.", "levain: Rye starters are hard to kill."]);
  assert.deepEqual(doc!.comments.map((c) => c.id), ["t1_ab1", "t1_ab2", "t1_ab4", "t1_ab3"]);
  assert.equal(doc!.comments[0]!.postedAt, "2019-03-02T11:04");
});

test("Pushshift NDJSON is grouped into threads by link_id; a reply whose parent is missing stands at the top", async () => {
  const docs = await read("pushshift.ndjson");
  assert.deepEqual(docs.map((d) => d.source), ["pushshift.ndjson#t3_p1", "pushshift.ndjson#t3_p2"]);
  assert.deepEqual(shape(docs[0]!), ["ann: First!", "  bob: Second, replying.", "dee: My parent is not in this dump."]);
});

test("Hacker News items, Algolia's nested and the official API's, give the same kind of tree", async () => {
  const [algolia] = await read("hacker-news-algolia.json");
  assert.deepEqual(shape(algolia!), [
    "kelp: Does it handle the double high tides at Southampton?",
    "  marlin: Yes.\n\nIt is not pretty yet.",
    "–: [deleted]",
    "  wrasse: Replying to a deleted comment & still here.",
  ]);
  const [official] = await read("hacker-news-items.jsonl");
  assert.equal(official!.title, "Tides");
  assert.deepEqual(shape(official!), ["kelp: Nice <3", "  marlin: Thanks"], "a deleted comment without replies is left out");
});

test("ConvoKit utterances: the root utterance is the article, replies nest by reply_to", async () => {
  const [doc] = await read("utterances.jsonl");
  assert.equal(doc!.title, "Two tides a day");
  assert.deepEqual(doc!.body.map((b) => b.text), ["Why do tides come twice a day?"]);
  assert.deepEqual(shape(doc!), ["kelp: The moon pulls the far side too.", "  marlin: So there are two bulges."]);
  assert.deepEqual(doc!.comments.map((c) => c.id), ["u2", "u3"]);
});

test("bad exports are refused with a reason naming what is wrong, never half-read", async () => {
  const cases: [string, string, RegExp][] = [
    ["cut.xml", readFileSync(join(DIR, "wordpress.xml"), "utf8").slice(0, 900), /not well-formed XML/],
    ["laughs.xml", `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><disqus>&b;</disqus>`, /not well-formed XML/],
    ["other.xml", `<?xml version="1.0"?><feed></feed>`, /neither a WordPress/],
    ["list.json", `{"hello": "world"}`, /none of the export formats/],
    ["broken.jsonl", `{"id":"u1","conversation_id":"u1","reply_to":null,"speaker":"a","text":"x"}\n{"id":`, /not valid JSON on line 2/],
    ["rows.jsonl", `{"a":1}\n{"b":2}`, /no known export format/],
  ];
  for (const [name, text, reason] of cases) await assert.rejects(importFile(name, text), reason, name);
});

test("formats are told by content first: an export saved as .txt is still an export, a page saved as .txt a page", async () => {
  assert.equal(detectFormat("dump.txt", readFileSync(join(DIR, "disqus.xml"), "utf8")), "xml");
  assert.equal(detectFormat("page.txt", "<!-- saved from url=(0020)https://x.example -->\n<html><body></body></html>"), "html");
  assert.equal(detectFormat("notes.txt", "Anna says:\nMarch 3, 2024\nHello"), "text");
  assert.equal(detectFormat("items.json", '[{"id":1}]'), "json");
});

test("a reply chain 50,000 deep is read without recursion", async () => {
  const lines = [`{"id":"r","conversation_id":"r","reply_to":null,"speaker":"a","text":"root"}`];
  for (let i = 1; i <= 50_000; i++) lines.push(JSON.stringify({ id: `u${i}`, conversation_id: "r", reply_to: i === 1 ? "r" : `u${i - 1}`, speaker: "a", text: `t${i}` }));
  const [doc] = await importFile("deep.jsonl", lines.join("\n"));
  assert.equal(doc!.comments.length, 50_000);
  assert.equal(doc!.comments.at(-1)!.depth, 49_999);
});

test("an export read in chunks of any size gives the same documents as read whole, each WordPress post handed on as soon as it is whole", async () => {
  for (const file of readdirSync(DIR)) {
    const text = readFileSync(join(DIR, file), "utf8");
    const kind = detectFormat(file, text) as ExportKind;
    const whole = readExport(file, text, kind);
    for (const size of [1, 7, 100]) {
      const reader = exportReader(file, kind);
      const docs: ParsedDocument[] = [];
      for (let at = 0; at < text.length; at += size) docs.push(...reader.write(text.slice(at, at + size)));
      if (file === "wordpress.xml") assert.equal(docs.length, 1, "the post came out before the end of the file");
      docs.push(...reader.end());
      assert.deepEqual(docs, whole, `${file} in chunks of ${size}`);
    }
  }
});

test("a JSON line or object too large to be one record is refused, not read into memory", () => {
  const reader = exportReader("huge.jsonl", "jsonl");
  const piece = "x".repeat(1024 * 1024);
  assert.throws(() => {
    reader.write('{"id":"u1","text":"');
    for (let i = 0; i <= MAX_RECORD_CHARS / piece.length; i++) reader.write(piece);
  }, /line 1 is longer than 64 MB/);
});

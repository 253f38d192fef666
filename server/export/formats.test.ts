// Export, then import what was exported: the same articles, trees and comment ids come back.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { parse } from "csv-parse/sync";
import type { ParsedDocument } from "../../contract/contract";
import { importFile } from "../importers";
import { parseDocument } from "../importers/text";
import { toConvokit, toCsv, toJsonl, UNKNOWN_SPEAKER, type ExportedDocument } from "./formats";

const CORPUS = join(import.meta.dirname, "../../corpus");
const sample: ExportedDocument[] = readdirSync(CORPUS)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => ({ id: f.replace(/\.txt$/, ""), doc: parseDocument(f, readFileSync(join(CORPUS, f), "utf8")) }));

/** What a reader sees of a tree: ids, parents, depth, authors, times, texts. */
const tree = (doc: ParsedDocument) => doc.comments.map((c) => ({ id: c.id, parentId: c.parentId, depth: c.depth, author: c.author, postedAt: c.postedAt, text: c.text }));

test("JSON Lines export reads back as the same documents, ids and all", async () => {
  const back = await importFile("rethread.jsonl", toJsonl(sample));
  assert.deepEqual(back, sample.map((s) => s.doc));
});

test("a ConvoKit export reads back as the same articles and trees with the same comment ids", async () => {
  const files = toConvokit(sample);
  const back = await importFile("utterances.jsonl", files["utterances.jsonl"]);
  assert.equal(back.length, sample.length);
  for (const [i, { doc }] of sample.entries()) {
    const got = back[i]!;
    assert.equal(got.source, doc.source);
    assert.equal(got.title, doc.title);
    assert.deepEqual(got.body, doc.body);
    assert.deepEqual(
      tree(got),
      tree(doc).map((c) => ({ ...c, author: c.author ?? UNKNOWN_SPEAKER })),
    );
  }
});

test("the ConvoKit corpus has ConvoKit's five files, each utterance's speaker and conversation listed", () => {
  const files = toConvokit(sample);
  assert.deepEqual(Object.keys(files).sort(), ["conversations.json", "corpus.json", "index.json", "speakers.json", "utterances.jsonl"]);
  const utterances = files["utterances.jsonl"].trim().split("\n").map((l) => JSON.parse(l));
  const speakers = JSON.parse(files["speakers.json"]);
  const conversations = JSON.parse(files["conversations.json"]);
  const ids = new Set(utterances.map((u) => u.id));
  for (const u of utterances) {
    for (const field of ["id", "speaker", "conversation_id", "reply_to", "timestamp", "text"]) assert.ok(field in u, `utterance has ${field}`);
    assert.ok(u.speaker in speakers, `speaker ${u.speaker} is listed`);
    assert.ok(u.conversation_id in conversations, `conversation ${u.conversation_id} is listed`);
    assert.ok(u.reply_to === null || ids.has(u.reply_to), `${u.id} replies to an utterance of the corpus`);
  }
  const index = JSON.parse(files["index.json"]);
  assert.equal(index.version, 1);
  assert.ok(Object.values(index["utterances-index"]).every((types) => Array.isArray(types)));
});

test("CSV has one row a comment with its parent and depth, and survives commas, quotes and newlines", () => {
  const doc: ParsedDocument = { ...sample[0]!.doc, comments: [{ ...sample[0]!.doc.comments[0]!, text: 'She said, "no"\n\nthen left', parentId: null, depth: 0 }] };
  const rows = parse(toCsv([{ id: "a1", doc }, ...sample]), { columns: true }) as Record<string, string>[];
  assert.equal(rows.length, 1 + sample.reduce((n, s) => n + s.doc.comments.length, 0));
  assert.equal(rows[0]!.text, 'She said, "no"\n\nthen left');
  const first = sample[0]!.doc.comments.find((c) => c.parentId !== null)!;
  const row = rows.find((r) => r.id === first.id && r.article_id === sample[0]!.id)!;
  assert.equal(row.parent_id, first.parentId);
  assert.equal(Number(row.depth), first.depth);
});

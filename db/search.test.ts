// Search as readers type it, against a real migrated database: never an error, and words joined
// by an apostrophe or a hyphen find what they say.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import fc from "fast-check";
import { ingestFiles } from "../server/ingest/ingest";
import type { Store } from "./store";
import { openTestStore } from "./test-store";

const DUMP = `A Thread About Words

The article's body.

5 Comments

Alice • 2 years ago
I don't read e-mail on weekends.
Reply•Share ›

Bob • 2 years ago
Don said t is a letter, and mail comes daily.
Reply•Share ›

Chloé • 2 years ago
Le café est fermé ಠ_ಠ, 東京タワー and שלום.
Reply•Share ›

Dan • a year ago
It's read-only now.
Reply•Share ›
`;

// Stored after DUMP, so its comments are newer; Finn's is the newest.
const PORTS = `Ports

The article's body.

2 Comments

Eve • 2 years ago
The harbour was calm.
Reply•Share ›

Finn • a year ago
Harbourside stalls stay open.
Reply•Share ›
`;

const TYPED = [
  "don't", "it's", "e-mail", "read-only", "ಠ_ಠ", '"unbalanced', 'say "hi"', "*", "^", "a:b", "col:umn", "NEAR(a b)", "a AND b OR NOT c",
  "😀🎉", "東京", "שלום", "cafe\u0301", "Ǆ", "\u0301\u0302", "x".repeat(200), "!?.,;:()[]{}<>'\"`~@#$%^&*-_=+|\\/".repeat(6), "-", "'", "''", "NOT", "a*b*",
  "\u{30000}\u{30001}", "𰀀x",
];

describe("search", () => {
  let dir: string;
  let store: Store;
  let remove: () => Promise<void>;
  const documentId = "words";
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "rethread-search-"));
    writeFileSync(join(dir, "words.txt"), DUMP);
    writeFileSync(join(dir, "ports.txt"), PORTS);
    ({ store, remove } = await openTestStore());
    await ingestFiles(store, [join(dir, "words.txt")]);
    await ingestFiles(store, [join(dir, "ports.txt")]);
  });
  after(async () => {
    await remove();
    rmSync(dir, { recursive: true, force: true });
  });

  const authors = async (q: string) => (await store.searchCorpus(q)).map((hit) => hit.author).sort();

  test("words joined by an apostrophe or a hyphen find exactly those words", async () => {
    assert.deepEqual(await authors("don't"), ["Alice"]);
    assert.deepEqual(await authors("DON’T"), ["Alice"]);
    assert.deepEqual(await authors("e-mail"), ["Alice"]);
    assert.deepEqual(await authors("read-only"), ["Dan"]);
    assert.deepEqual(await authors("it's"), ["Dan"]);
    assert.deepEqual(await authors("ಠ_ಠ"), ["Chloé"]);
    assert.deepEqual(await authors("don"), ["Alice", "Bob"]);
  });

  test("accents, scripts and a word still being typed", async () => {
    assert.deepEqual(await authors("cafe"), ["Chloé"]);
    assert.deepEqual(await authors("Fermé"), ["Chloé"]);
    assert.deepEqual(await authors("東京"), ["Chloé"], "a CJK run is one token: the last word matches as a prefix");
    assert.deepEqual(await authors("שלום"), ["Chloé"]);
    assert.deepEqual(await authors("weeken"), ["Alice"]);
  });

  test("comments with the whole word come first, then newer ones where it only begins a word", async () => {
    const order = async (q: string) => (await store.searchCorpus(q)).map((hit) => hit.author);
    assert.deepEqual(await order("harbour"), ["Eve", "Finn"]);
    assert.deepEqual(await order("harbo"), ["Finn", "Eve"], "a word being typed: newest first");
  });

  test("search syntax is plain text", async () => {
    assert.deepEqual(await authors("mail OR weekends"), [], "OR is a word to find, and no comment has it");
    assert.deepEqual(await authors('"read'), ["Alice", "Dan"]);
  });

  test("any typed text gives results or nothing, never an error", async () => {
    for (const q of TYPED) {
      await assert.doesNotReject(store.searchCorpus(q), q);
      await assert.doesNotReject(store.searchThread(documentId, q), q);
    }
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 200 }), async (q) => {
        await store.searchCorpus(q);
        await store.searchThread(documentId, q);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 500) },
    );
  });

  test("the thread filter finds the same comments", async () => {
    assert.equal((await store.searchThread(documentId, "don't")).size, 1);
    assert.equal((await store.searchThread(documentId, "e-mail")).size, 1);
    assert.equal((await store.searchThread("no-such-article", "mail")).size, 0);
  });
});

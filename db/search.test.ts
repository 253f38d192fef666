// Search as readers type it, against a real migrated database: never an error, and words joined
// by an apostrophe or a hyphen find what they say.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import fc from "fast-check";
import { ingestFiles } from "../server/ingest/ingest";
import { openDb, type Db } from "./client";
import { searchCorpus, searchThread } from "./queries";

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

const TYPED = [
  "don't", "it's", "e-mail", "read-only", "ಠ_ಠ", '"unbalanced', 'say "hi"', "*", "^", "a:b", "col:umn", "NEAR(a b)", "a AND b OR NOT c",
  "😀🎉", "東京", "שלום", "cafe\u0301", "Ǆ", "\u0301\u0302", "x".repeat(200), "!?.,;:()[]{}<>'\"`~@#$%^&*-_=+|\\/".repeat(6), "-", "'", "''", "NOT", "a*b*",
  "\u{30000}\u{30001}", "𰀀x",
];

describe("search", () => {
  let dir: string;
  let db: Db;
  let documentId: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "rethread-search-"));
    writeFileSync(join(dir, "words.txt"), DUMP);
    db = openDb(join(dir, "test.db"));
    await ingestFiles(db, [join(dir, "words.txt")]);
    documentId = "words";
  });
  after(() => {
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const authors = (q: string) => searchCorpus(db, q).map((hit) => hit.author).sort();

  test("words joined by an apostrophe or a hyphen find exactly those words", () => {
    assert.deepEqual(authors("don't"), ["Alice"]);
    assert.deepEqual(authors("DON’T"), ["Alice"]);
    assert.deepEqual(authors("e-mail"), ["Alice"]);
    assert.deepEqual(authors("read-only"), ["Dan"]);
    assert.deepEqual(authors("it's"), ["Dan"]);
    assert.deepEqual(authors("ಠ_ಠ"), ["Chloé"]);
    assert.deepEqual(authors("don"), ["Alice", "Bob"]);
  });

  test("accents, scripts and a word still being typed", () => {
    assert.deepEqual(authors("cafe"), ["Chloé"]);
    assert.deepEqual(authors("Fermé"), ["Chloé"]);
    assert.deepEqual(authors("東京"), ["Chloé"], "a CJK run is one token: the last word matches as a prefix");
    assert.deepEqual(authors("שלום"), ["Chloé"]);
    assert.deepEqual(authors("weeken"), ["Alice"]);
  });

  test("search syntax is plain text", () => {
    assert.deepEqual(authors("mail OR weekends"), [], "OR is a word to find, and no comment has it");
    assert.deepEqual(authors('"read'), ["Alice", "Dan"]);
  });

  test("any typed text gives results or nothing, never an error", () => {
    for (const q of TYPED) {
      assert.doesNotThrow(() => searchCorpus(db, q), q);
      assert.doesNotThrow(() => searchThread(db, documentId, q), q);
    }
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (q) => {
        searchCorpus(db, q);
        searchThread(db, documentId, q);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 500) },
    );
  });

  test("the thread filter finds the same comments", () => {
    assert.equal(searchThread(db, documentId, "don't").size, 1);
    assert.equal(searchThread(db, documentId, "e-mail").size, 1);
    assert.equal(searchThread(db, "no-such-article", "mail").size, 0);
  });
});

// Properties that hold for any input, checked with fast-check over random and mutated dumps.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import fc from "fast-check";
import { renderDump, type DumpFormat } from "../../gen/render-dump";
import { NEAR_MISS_LINES, PATHOLOGICAL, PATHOLOGICAL_SHAPES } from "../../gen/pathological";
import { seededRandom, syntheticDocument } from "../../gen/synthetic-thread";
import { parseDocument } from "./index";
import { assertValidTree } from "../../../contract/tree-invariants";
import type { ParsedDocument } from "../../../contract/contract";

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const CORPUS = join(import.meta.dirname, "../../../corpus");
const samples = readdirSync(CORPUS).map((f) => readFileSync(join(CORPUS, f), "utf8"));

/** Every paragraph the output holds, where it holds them. */
function outputParagraphs(doc: ParsedDocument): string[] {
  return [
    ...(doc.title !== null ? [doc.title] : []),
    ...(doc.subtitle !== null ? [doc.subtitle] : []),
    ...doc.body.map((b) => b.text),
    ...doc.comments.flatMap((c) => (c.text === "" ? [] : c.text.split("\n\n"))),
  ];
}

/** Nothing invented or duplicated: each output paragraph is an input line, used no more often than it occurs. */
function assertNoInventedOrDuplicatedText(input: string, doc: ParsedDocument): void {
  const available = new Map<string, number>();
  for (const line of input.replace(/^\uFEFF/, "").split(/\r?\n/)) {
    const t = line.trim();
    if (t) available.set(t, (available.get(t) ?? 0) + 1);
  }
  const trailer = /^the post (.+) appeared first on /i;
  for (const p of outputParagraphs(doc)) {
    const left = available.get(p) ?? 0;
    if (left === 0 && doc.title === p && [...available.keys()].some((l) => trailer.exec(l)?.[1] === p)) continue;
    assert.ok(left > 0, `output paragraph ${JSON.stringify(p.slice(0, 80))} is an unused input line`);
    available.set(p, left - 1);
  }
}

/** A dump built from lines of the sample corpus and of generated threads, shuffled, repeated, re-indented. */
const mutatedDump = fc
  .tuple(fc.integer({ min: 0, max: samples.length - 1 }), fc.integer(), fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.nat(12)), { maxLength: 40 }), fc.boolean())
  .map(([sample, seed, edits, crlf]) => {
    const lines = samples[sample]!.split("\n");
    const extra = renderDump(syntheticDocument(seededRandom(seed), { comments: 6, maxDepth: 4 }), "legal-insurrection").split("\n");
    for (const [at, op, n] of edits) {
      const i = at % Math.max(lines.length, 1);
      if (op === 0) lines.splice(i, 1);
      else if (op === 1) lines.splice(i, 0, lines[(i + n) % lines.length] ?? "");
      else if (op === 2) lines[i] = " ".repeat(n) + (lines[i] ?? "").trimStart();
      else lines.splice(i, 0, ...extra.slice(n, n + 6));
    }
    return lines.join(crlf ? "\r\n" : "\n");
  });

test("any string parses into a valid tree without inventing or duplicating text", () => {
  fc.assert(
    fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (input) => {
      const doc = parseDocument("random.txt", input);
      assertValidTree(doc.comments);
      assertNoInventedOrDuplicatedText(input, doc);
    }),
    { numRuns: RUNS },
  );
});

test("mutated sample dumps parse into valid trees without inventing or duplicating text", () => {
  fc.assert(
    fc.property(mutatedDump, (input) => {
      const doc = parseDocument("mutated.txt", input);
      assertValidTree(doc.comments);
      assertNoInventedOrDuplicatedText(input, doc);
    }),
    { numRuns: RUNS },
  );
});

test("mutated sample dumps holding runs of pathological shapes parse into valid trees without inventing or duplicating text", () => {
  // A hang here (a rule gone back to backtracking, a search gone quadratic) fails at the time-out.
  const withShapes = fc
    .tuple(mutatedDump, fc.nat(PATHOLOGICAL_SHAPES.length - 1), fc.integer({ min: 1, max: 300 }), fc.nat())
    .map(([dump, shape, repeats, at]) => {
      const lines = dump.split("\n");
      const run = PATHOLOGICAL_SHAPES[shape]!.dump(repeats).split("\n").slice(4); // without its own title and body
      lines.splice(at % lines.length, 0, ...run);
      return lines.join("\n");
    });
  fc.assert(
    fc.property(withShapes, (input) => {
      const doc = parseDocument("mutated.txt", input);
      assertValidTree(doc.comments);
      assertNoInventedOrDuplicatedText(input, doc);
    }),
    { numRuns: Math.ceil(RUNS / 10) },
  );
});

for (const format of ["legal-insurrection", "wordpress"] as DumpFormat[]) {
  test(`a generated ${format} thread is reconstructed exactly: authors, times, parents, paragraphs`, () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom("  ", "    ", "\t"), (seed, count, maxDepth, unit) => {
        const truth = syntheticDocument(seededRandom(seed), { comments: count, maxDepth });
        const doc = parseDocument("gen.txt", renderDump(truth, format, unit));
        assert.equal(doc.title, truth.title);
        // A short first paragraph may be read as the dek; either way it is kept, once, in order.
        assert.deepEqual([doc.subtitle ?? [], ...doc.body.map((b) => b.text)].flat(), truth.body);
        assert.deepEqual(
          doc.comments.map((c) => ({ author: c.author, postedAt: c.postedAt, depth: c.depth, parent: c.parentId && doc.comments.findIndex((p) => p.id === c.parentId), text: c.text })),
          truth.comments.map((c) => ({ author: c.author, postedAt: c.postedAt, depth: c.depth, parent: c.parent, text: c.paragraphs.join("\n\n") })),
        );
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });
}

test("a 5 MB dump with thousands of comments is reconstructed in full", () => {
  const truth = syntheticDocument(seededRandom(5), { comments: 15_000, maxDepth: 40 });
  const text = renderDump(truth, "legal-insurrection");
  assert.ok(text.length > 5e6, `the dump is ${text.length} characters`);
  const doc = parseDocument("big.txt", text);
  assertValidTree(doc.comments);
  assert.equal(doc.comments.length, truth.comments.length);
  assert.deepEqual(
    doc.comments.map((c) => c.depth),
    truth.comments.map((c) => c.depth),
  );
});

test("lines built to make the page rules backtrack are read in linear time", { timeout: 30_000 }, () => {
  // Each is a line that nearly matches a run-of-chrome or a header rule and fails at its end:
  // with nested quantifiers each would take minutes; a hang fails the test at its time-out.
  const traps = [
    ...NEAR_MISS_LINES,
    "level 1",
    "FranziFranzi",
    "user 1 hour ago" + " | on:".repeat(28) + "\r x", // Hacker News's header rule, once exponential here
  ];
  const dump = ["A Page", "", "Some article text that runs long enough to be prose, with a full stop.", "", "3 Kommentare", "", "Anna sagt:", "30. Mai 2019 um 17:21 Uhr", "", ...traps.flatMap((t) => [t, ""]), "Antworten"].join("\n").repeat(50);
  const doc = parseDocument("traps.txt", dump);
  assertValidTree(doc.comments);
  assert.ok(doc.comments.length > 0);
});

test("thousands of replies to names nobody has, and thousands of captions, are read in linear time", { timeout: 30_000 }, () => {
  // Each took half a minute or more when every reply searched back through all earlier comments
  // and every caption was compared with all earlier ones; a hang fails the test at its time-out.
  assert.equal(parseDocument("disqus.txt", PATHOLOGICAL.disqusMissingParents.dump(20_000)).comments.length, 20_000);
  assert.equal(parseDocument("replies.txt", PATHOLOGICAL.repliesToNobody.dump(40_000)).comments.length, 40_000);
  assert.equal(parseDocument("hn.txt", PATHOLOGICAL.hackerNewsHeaders.dump(20_000)).comments.length, 20_000);
  const captions = parseDocument("captions.txt", PATHOLOGICAL.captions.dump(20_000));
  assert.equal(captions.body.filter((b) => b.kind === "caption").length, 20_000, "captions that differ are all kept");
});

test("a caption printed bare and again with its credit is kept once, the fuller", () => {
  const doc = parseDocument("caption.txt", "A Title\n\nPhoto: A storm over the bay\n\nThe storm came in at night and lasted until morning.\n\nPhoto: A storm over the bay (AP Photo/Jane Doe)\n\nPhoto: A storm over the bay at dawn\n");
  const captions = doc.body.filter((b) => b.kind === "caption").map((b) => b.text);
  assert.deepEqual(captions, ["Photo: A storm over the bay (AP Photo/Jane Doe)", "Photo: A storm over the bay at dawn"]);
});

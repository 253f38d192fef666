// A commenter's page reads counts that writes keep (write-plan.ts): they must stay equal to what
// the stored comments say through replacements, vanished commenters and batches that fail part way.
// Runs on SQLite, and on PostgreSQL where TEST_DATABASE_URL names a server.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import type { ParsedComment, ParsedDocument } from "../contract/contract";
import { person } from "../contract/placeholder-authors";
import type { Store } from "./store";
import { openTestStore, type TestStore } from "./test-store";

let t: TestStore;
before(async () => void (t = await openTestStore()));
after(async () => t?.remove());

/** A document whose comments are `[id, author, parent id]`. */
function doc(source: string, comments: [string, string | null, string | null][]): ParsedDocument {
  const depth = new Map<string, number>();
  return {
    source,
    title: source,
    subtitle: null,
    site: null,
    body: [],
    comments: comments.map(([id, author, parentId], i): ParsedComment => {
      depth.set(id, parentId === null ? 0 : depth.get(parentId)! + 1);
      return { id, parentId, depth: depth.get(id)!, author, authorSource: "header", parentSource: "indent", replyTo: null, postedAt: `2024-01-0${1 + (i % 9)}T10:00`, postedAtText: null, text: `comment ${id}` };
    }),
  };
}

const write = (store: Store, docs: ParsedDocument[]) =>
  store.writeDocuments(docs.map((d) => ({ documentId: d.source, contentHash: `${d.source}:${d.comments.length}`, origin: `/corpus/${d.source}`, doc: d })));

/** Every commenter's counts as the stored comments say them, beside what author.get reads. */
async function expectCountsOfStoredComments(store: Store) {
  const all = (await Promise.all((await store.listDocumentIds()).map((id) => store.getThreadComments(id)))).flat();
  const names = new Set(all.map((c) => person(c.author)).filter((a) => a !== null));
  for (const name of names) {
    const mine = all.filter((c) => c.author === name);
    const tally = (pick: (c: (typeof all)[number]) => string | null, rows: typeof all) => {
      const counts = new Map<string, number>();
      for (const c of rows) {
        const other = person(pick(c));
        if (other !== null && other !== name) counts.set(other, (counts.get(other) ?? 0) + 1);
      }
      return [...counts].map(([n, count]) => ({ name: n, count })).sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1)).slice(0, 5);
    };
    const page = (await store.getAuthor(name))!;
    assert.equal(page.total, mine.length, `${name}: comments`);
    assert.equal(page.articles, new Set(mine.map((c) => c.documentId)).size, `${name}: articles`);
    assert.deepEqual(page.repliesTo, tally((c) => c.parentAuthor, mine), `${name}: replies to`);
    assert.deepEqual(page.repliedBy, tally((c) => c.author, all.filter((c) => c.parentAuthor === name)), `${name}: replied to by`);
  }
  return names;
}

test("a commenter's counts follow every write: new documents, replacements, commenters who vanish, a batch with a bad document", async () => {
  const { store } = t;
  assert.deepEqual(
    await write(store, [
      doc("one", [["a1", "ann", null], ["b1", "bob", "a1"], ["a2", "ann", "b1"], ["c1", "cy", "a2"], ["a3", "ann", "a1"], ["x0", "[deleted]", "a1"], ["a6", "ann", "x0"]]),
      doc("two", [["b2", "bob", null], ["a4", "ann", "b2"], ["d1", "dee", "a4"], ["x1", null, "d1"], ["d2", "dee", "x1"]]),
    ]),
    [null, null],
  );
  // "[deleted]" is nobody: not among anyone's repliers, not counted (contract/placeholder-authors.ts).
  assert.deepEqual([...(await expectCountsOfStoredComments(store))].sort(), ["ann", "bob", "cy", "dee"]);
  assert.ok(!(await store.getAuthor("ann"))!.repliedBy.some((r) => r.name === "[deleted]"));

  // "one" again without cy and with a reply from dee: cy has no comments left, dee two articles.
  await write(store, [doc("one", [["a1", "ann", null], ["b1", "bob", "a1"], ["d3", "dee", "b1"]])]);
  await expectCountsOfStoredComments(store);
  assert.equal(await store.getAuthor("cy"), undefined);
  assert.equal((await store.getAuthor("dee"))!.articles, 2);

  // A batch whose last document clashes with a stored comment id is stored one by one: the
  // others count once, the bad one not at all.
  const results = await write(store, [doc("three", [["e1", "eve", null], ["a5", "ann", "e1"]]), doc("four", [["b2", "bob", null], ["e2", "eve", "b2"]])]);
  assert.equal(results[0], null);
  assert.notEqual(results[1], null);
  await expectCountsOfStoredComments(store);
  assert.equal((await store.getAuthor("eve"))!.total, 1);
});

test("the exchange of two commenters is every reply either wrote the other, across articles, newest first", async () => {
  const { store } = t;
  await write(store, [
    doc("five", [["p1", "pia", null], ["q1", "quin", "p1"], ["p2", "pia", "q1"], ["r1", "rue", "p2"], ["q2", "quin", "r1"]]),
    doc("six", [["q3", "quin", null], ["p3", "pia", "q3"], ["p4", "pia", "p3"]]),
  ]);
  const exchange = await store.getExchange("pia", "quin");
  // Newest first: the helper dates comment i on day i + 1 of its document.
  assert.deepEqual(exchange.map((c) => c.id).sort(), ["p2", "p3", "q1"]);
  assert.deepEqual(exchange.map((c) => c.postedAt), [...exchange.map((c) => c.postedAt)].sort().reverse());
  assert.deepEqual(new Set(exchange.map((c) => c.articleTitle)), new Set(["five", "six"]));
  assert.deepEqual((await store.getExchange("quin", "pia")).map((c) => c.id).sort(), ["p2", "p3", "q1"]);
  assert.deepEqual(await store.getExchange("pia", "nobody"), []);
});

import assert from "node:assert/strict";
import { test } from "node:test";
import { buildThreadTree, forEachNode } from "./build-tree";
import { exchangeBetween, filterThread } from "./filter-thread";
import { sortThread } from "./sort-thread";
import { rows } from "./test-rows";

// Article 000's shape: Granny answers tyates; Henry (8:22) and tyates (8:40) answer Granny.
const thread = () =>
  buildThreadTree(
    rows([
      ["m", null, "mother", "2016-12-30T13:21", "So, no one really believes"],
      ["u", "m", null, null, "In cases like this, a much longer comment than the others here"],
      ["t", null, "tyates", null, "Anyway"],
      ["g", "t", "Granny", "2016-12-30T20:59", "Phishers are not hackers."],
      ["h", "g", "Henry Hawkins", "2016-12-31T08:22", "Another way"],
      ["y", "g", "tyates", "2016-12-31T08:40", "I think its a combination"],
      ["z", null, null, null, "Putin is so much better"],
    ]),
  );
const order = (roots: ReturnType<typeof thread>) => {
  const ids: string[] = [];
  forEachNode(roots, (n) => ids.push(n.id));
  return ids.join("");
};

test("thread order is document order", () => {
  assert.equal(order(sortThread(thread(), "thread")), "mutghyz");
});

test("newest puts tyates's 8:40 reply before Henry's 8:22 one, and untimed comments last in document order", () => {
  assert.equal(order(sortThread(thread(), "newest")), "mutgyhz");
});

test("oldest keeps timed comments first, oldest first", () => {
  assert.equal(order(sortThread(thread(), "oldest")), "mutghyz");
});

test("replies puts the largest subtree first; ties keep document order", () => {
  assert.equal(order(sortThread(thread(), "replies")), "tghymuz");
});

test("longest puts the longest text first at each level", () => {
  assert.equal(order(sortThread(thread(), "longest")), "muztgyh");
});

test("filtering keeps matches with their ancestors as context and hides the rest", () => {
  const { roots, hiddenCount, matchCount } = filterThread(thread(), new Set(["m", "g", "y"]));
  assert.equal(order(roots), "mtgy");
  assert.deepEqual(roots.map((r) => r.role), ["match", "context"]);
  assert.deepEqual(roots[0]!.children, [], "a match's own replies are hidden unless they match");
  assert.deepEqual(roots[1]!.children.map((c) => c.role), ["match"]);
  assert.deepEqual(roots[1]!.children[0]!.children.map((c) => c.role), ["match"]);
  assert.equal(matchCount, 3);
  assert.equal(hiddenCount, 3);
});

test("a filter that matches nothing hides everything", () => {
  const { roots, hiddenCount } = filterThread(thread(), new Set(["nope"]));
  assert.equal(roots.length, 0);
  assert.equal(hiddenCount, 7);
});

test("the exchange between two people is their replies to each other and what they answer", () => {
  assert.deepEqual([...exchangeBetween(thread(), "granny", "tyates")].sort(), ["g", "t", "y"]);
  assert.deepEqual([...exchangeBetween(thread(), "Granny", "nobody")], []);
});

test("sorting a 5,000-deep chain works without recursion", () => {
  const chain = buildThreadTree(rows(Array.from({ length: 5000 }, (_, i) => [`n${i}`, i ? `n${i - 1}` : null, "a", null])));
  assert.equal(sortThread(chain, "newest")[0]!.descendantCount, 4999);
});

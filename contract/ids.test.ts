import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import { commentIdAssigner, shortHash } from "./ids";

// Permalinks people have shared carry these ids: the same comment must keep its id across
// versions of Rethread. These are the ids the first released parser gave.
test("comment ids are the ones earlier versions gave, duplicates numbered in order", () => {
  const idFor = commentIdAssigner("000_27b7f12d24ef8725.txt");
  const ids = [
    idFor("Granny", "Phishers are not hackers."),
    idFor(null, "Putin is so much better"),
    idFor("tyates", "Anyway"),
    idFor("tyates", "Anyway"),
    idFor("Zoë", "“Quoted” — with ünïcode and an emoji 🎉"),
  ];
  assert.deepEqual(ids, ["0ge9pwb1u3w", "05gvi3b4f83", "1lwtwxj8tk5", "1zxf407t4b0", "14snjlv8c0h"]);
  assert.deepEqual([shortHash(""), shortHash("a"), shortHash("x".repeat(1001))], ["0wvjl67o803", "29tg9jr52qq", "2a8zacurrk2"]);
});

test("every id is 11 base-36 digits", () => {
  fc.assert(
    fc.property(fc.string({ unit: "grapheme" }), fc.option(fc.string()), (text, author) => {
      assert.match(commentIdAssigner("s.txt")(author, text), /^[0-9a-z]{11}$/);
    }),
  );
});

import assert from "node:assert/strict";
import { test } from "node:test";
import { buildTimeline } from "./timeline";

const at = (minutes: number) => new Date(Date.UTC(2020, 0, 1) + minutes * 60_000).toISOString().slice(0, 16);

test("a discussion of two days with a trickle over the following year: bars for the two days, the trickle counted apart", () => {
  const comments = [
    ...Array.from({ length: 286 }, (_, i) => ({ id: `d${i}`, postedAt: at(i * 10), depth: 0 })),
    ...Array.from({ length: 14 }, (_, i) => ({ id: `t${i}`, postedAt: at(60 * 24 * (30 + i * 25)), depth: 1 })),
  ];
  const timeline = buildTimeline(comments);
  assert.ok(timeline.buckets.length <= 48);
  assert.ok(Math.max(...timeline.buckets.map((b) => b.count)) < 100, "no bar holds nearly everything");
  assert.equal(timeline.buckets.reduce((n, b) => n + b.count, 0) + timeline.later, 300);
  assert.equal(timeline.buckets[0]!.firstId, "d0");
  assert.deepEqual(timeline.perDepth, [286, 14]);
});

test("bars are as long as they must be to fit, and a thread without dates has none", () => {
  assert.equal(buildTimeline([{ id: "a", postedAt: at(0), depth: 0 }, { id: "b", postedAt: at(60 * 30), depth: 0 }]).unit, "hour");
  const spread = Array.from({ length: 50 }, (_, i) => ({ id: String(i), postedAt: at(i * 60 * 24), depth: 0 }));
  assert.equal(buildTimeline(spread).unit, "2 days");
  assert.equal(buildTimeline(spread).later, 0, "comments that keep coming are all drawn");
  assert.deepEqual(buildTimeline([{ id: "a", postedAt: null, depth: 0 }]).buckets, []);
});

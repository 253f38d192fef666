import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { TRPCError } from "@trpc/server";
import type { Store } from "../../../db/store";
import { createCaller } from "../root";
import { sampleCorpusStore } from "./sample-corpus-store";

const ARTICLE = "000_27b7f12d24ef8725";

describe("thread, comment, author and search procedures over the sample corpus", () => {
  let store: Store;
  let remove: () => Promise<void>;
  before(async () => ({ store, remove } = await sampleCorpusStore()));
  after(() => remove());
  const api = () => createCaller({ store });

  test("thread.get filters by commenter, keeping ancestors as context", async () => {
    const view = await api().thread.get({ articleId: ARTICLE, author: "granny" });
    assert.deepEqual(view.comments.map((c) => c.author), ["tyates", "Granny"]);
    assert.equal(view.hiddenCount, 10);
    assert.deepEqual(view.comments.map((c) => c.role), ["context", "match"]);
  });

  test("thread.get combines filters: a search within one commenter's comments", async () => {
    const both = await api().thread.get({ articleId: ARTICLE, author: "Henry Hawkins", q: "phishing" });
    assert.equal(both.matchCount, 1);
    const none = await api().thread.get({ articleId: ARTICLE, author: "Granny", q: "uranium" });
    assert.equal(none.matchCount, 0);
    assert.equal(none.comments.length, 0);
  });

  test("thread.get survives FTS5 syntax in a search", async () => {
    for (const q of ['"unbalanced', "NEAR(", "a OR", "*", "col:phishing", "-"]) {
      const view = await api().thread.get({ articleId: ARTICLE, q });
      assert.ok(view.matchCount >= 0, q);
    }
  });

  test("thread.get reports the discussion's shape", async () => {
    const { timeline } = await api().thread.get({ articleId: ARTICLE });
    assert.deepEqual(timeline.perDepth, [6, 4, 2]);
    assert.equal(timeline.unit, "hour");
    assert.equal(timeline.buckets.reduce((n, b) => n + b.count, 0), 5, "five comments have a time");
  });

  test("comment.get gives ancestors nearest last and the whole subtree", async () => {
    const view = await api().thread.get({ articleId: ARTICLE, author: "Henry Hawkins" });
    const henry = view.comments.find((c) => c.role === "match")!.id;
    const { ancestors, subtree, document } = await api().comment.get({ id: henry, context: 5 });
    assert.deepEqual(ancestors.map((a) => a.author), ["tyates", "Granny"]);
    assert.equal(subtree[0]!.id, henry);
    assert.equal(document.id, ARTICLE);
    assert.equal((await api().comment.get({ id: henry, context: 1 })).ancestors.length, 1);
  });

  test("author.get counts a commenter's comments and who they talk to", async () => {
    const tyates = await api().author.get({ name: "tyates" });
    assert.equal(tyates.total, 2);
    assert.deepEqual(tyates.repliesTo, [{ name: "Granny", count: 1 }]);
    assert.deepEqual(tyates.repliedBy, [{ name: "Granny", count: 1 }]);
    await assert.rejects(api().author.get({ name: "nobody" }), (e: unknown) => e instanceof TRPCError && e.code === "NOT_FOUND");
  });

  test("search finds comments across the corpus with marked snippets", async () => {
    const hits = await api().search({ q: "phishing" });
    assert.ok(hits.length >= 3);
    assert.ok(hits.every((h) => h.snippet.includes("\u0002")));
  });

  test("bad input is BAD_REQUEST, never a server error", async () => {
    const cases: (() => Promise<unknown>)[] = [
      () => api().thread.get({ articleId: ARTICLE, sort: "bogus" as "thread" }),
      () => api().thread.get({ articleId: ARTICLE, depth: -1 }),
      () => api().thread.get({ articleId: ARTICLE, depth: 1e9 }),
      () => api().thread.get({ articleId: ARTICLE, q: "x".repeat(201) }),
      () => api().thread.get({ articleId: ARTICLE, between: "only-one" }),
      () => api().comment.get({ id: "bad id!", context: 3 }),
      () => api().comment.get({ id: "abc", context: 9999 }),
      () => api().author.get({ name: "" }),
      () => api().search({ q: "" }),
    ];
    for (const call of cases) await assert.rejects(call(), (e: unknown) => e instanceof TRPCError && e.code === "BAD_REQUEST");
  });
});

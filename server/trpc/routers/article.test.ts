import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { TRPCError } from "@trpc/server";
import type { Store } from "../../../db/store";
import { createCaller } from "../root";
import { sampleCorpusStore } from "./sample-corpus-store";

describe("article procedures over the sample corpus", () => {
  let store: Store;
  let remove: () => Promise<void>;
  before(async () => ({ store, remove } = await sampleCorpusStore()));
  after(() => remove());

  test("article.list gives every article with its comment and commenter counts", async () => {
    const list = await createCaller({ store }).article.list();
    assert.equal(list.length, 5);
    const first = list.find((a) => a.id === "000_27b7f12d24ef8725")!;
    assert.equal(first.title, "Putin Pushes His Own Reset Button On American Relations");
    assert.equal(first.commentCount, 12);
    assert.ok(first.commenterCount >= 5);
  });

  test("article.get returns the body and the comments flat, each reply after its parent", async () => {
    const { document, body, comments } = await createCaller({ store }).article.get({ id: "000_27b7f12d24ef8725" });
    assert.equal(document.subtitle, "The troll strikes again.");
    assert.match(body[0]!.text, /^Oh, Russia\./);
    const tyates = comments.find((c) => c.author === "tyates")!;
    const granny = comments.find((c) => c.parentId === tyates.id)!;
    assert.equal(granny.author, "Granny");
    assert.deepEqual(comments.filter((c) => c.parentId === granny.id).map((c) => c.author), ["Henry Hawkins", "tyates"]);
    assert.equal(tyates.descendantCount, 3);
    assert.deepEqual(comments.slice(comments.indexOf(tyates), comments.indexOf(tyates) + 4).map((c) => c.author), ["tyates", "Granny", "Henry Hawkins", "tyates"], "depth first");
  });

  test("an unknown id is NOT_FOUND and a malformed one BAD_REQUEST", async () => {
    const caller = createCaller({ store });
    await assert.rejects(caller.article.get({ id: "nope" }), (e: unknown) => e instanceof TRPCError && e.code === "NOT_FOUND");
    await assert.rejects(caller.article.get({ id: "../etc" }), (e: unknown) => e instanceof TRPCError && e.code === "BAD_REQUEST");
  });
});

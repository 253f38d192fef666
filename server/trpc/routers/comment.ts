import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { buildThreadTree } from "../../threads/build-tree";
import { flattenThread } from "../../threads/flat-thread";
import { sortThread } from "../../threads/sort-thread";
import { createTRPCRouter, publicProcedure } from "../init";
import { THREAD_WINDOW } from "../limits";
import { commentId, commentInput } from "../schemas";

export const commentRouter = createTRPCRouter({
  /** One reply with `context` ancestors above it and its whole subtree below (flat, the reply first). */
  get: publicProcedure.input(commentInput).query(async ({ ctx, input }) => {
    const found = await ctx.store.getComment(input.id);
    if (!found) throw new TRPCError({ code: "NOT_FOUND", message: `no comment with id ${input.id}` });
    // One more than shown, to tell a cut subtree; the last by position has no reply among them.
    const rows = await ctx.store.getSubtree(input.id, THREAD_WINDOW + 1);
    const cut = rows.length > THREAD_WINDOW;
    const [subtree] = sortThread(buildThreadTree(cut ? rows.slice(0, THREAD_WINDOW) : rows), input.sort);
    return {
      document: found.document,
      comment: found.comment,
      ancestors: input.context > 0 ? await ctx.store.getAncestors(input.id, input.context) : [],
      subtree: flattenThread([subtree!]),
      /** Whether replies beyond THREAD_WINDOW, the deepest, were left out. */
      cut,
    };
  }),

  /** For an id that re-ingest retired: the comment that took its place, or its article; null when never seen. */
  whereIs: publicProcedure.input(z.object({ id: commentId })).query(async ({ ctx, input }) => (await ctx.store.findRetiredComment(input.id)) ?? null),
});

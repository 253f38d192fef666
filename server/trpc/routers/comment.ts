import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { buildThreadTree } from "../../threads/build-tree";
import { flattenThread } from "../../threads/flat-thread";
import { sortThread } from "../../threads/sort-thread";
import { createTRPCRouter, publicProcedure } from "../init";
import { commentId, commentInput } from "../schemas";

export const commentRouter = createTRPCRouter({
  /** One reply with `context` ancestors above it and its whole subtree below (flat, the reply first). */
  get: publicProcedure.input(commentInput).query(async ({ ctx, input }) => {
    const found = await ctx.store.getComment(input.id);
    if (!found) throw new TRPCError({ code: "NOT_FOUND", message: `no comment with id ${input.id}` });
    const [subtree] = sortThread(buildThreadTree(await ctx.store.getSubtree(input.id)), input.sort);
    return {
      document: found.document,
      comment: found.comment,
      ancestors: input.context > 0 ? await ctx.store.getAncestors(input.id, input.context) : [],
      subtree: flattenThread([subtree!]),
    };
  }),

  /** For an id that re-ingest retired: the comment that took its place, or its article; null when never seen. */
  whereIs: publicProcedure.input(z.object({ id: commentId })).query(async ({ ctx, input }) => (await ctx.store.findRetiredComment(input.id)) ?? null),
});

import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { buildThreadTree } from "../../threads/build-tree";
import { exchangeBetween, filterThread, type Role } from "../../threads/filter-thread";
import { sortThread } from "../../threads/sort-thread";
import { buildTimeline } from "../../threads/timeline";
import { createTRPCRouter, publicProcedure } from "../init";
import { articleId, threadInput } from "../schemas";

export const threadRouter = createTRPCRouter({
  /** The comment tree as one view: sorted, filtered, and with its shape for the charts. */
  get: publicProcedure.input(threadInput).query(async ({ ctx, input }) => {
    const document = await ctx.store.getDocument(input.articleId);
    if (!document) throw new TRPCError({ code: "NOT_FOUND", message: `no article with id ${input.articleId}` });
    const rows = await ctx.store.getThreadComments(input.articleId);
    let roots = buildThreadTree(rows);

    // Filters combine: a comment stays in view when it passes every one given.
    let matches: Set<string> | null = null;
    const narrow = (ids: Set<string>) => {
      matches = matches === null ? ids : new Set([...matches].filter((id) => ids.has(id)));
    };
    if (input.author) {
      const name = input.author.toLowerCase();
      narrow(new Set(rows.filter((r) => r.author?.toLowerCase() === name).map((r) => r.id)));
    }
    if (input.q) narrow(await ctx.store.searchThread(input.articleId, input.q));
    if (input.between) narrow(exchangeBetween(roots, input.between[0]!, input.between[1]!));

    const roles: Record<string, Role> = {};
    let hiddenCount = 0;
    let matchCount = rows.length;
    if (matches !== null) {
      const filtered = filterThread(roots, matches);
      roots = filtered.roots;
      for (const [id, role] of filtered.roles) roles[id] = role;
      ({ hiddenCount, matchCount } = filtered);
    }
    return {
      document,
      roots: sortThread(roots, input.sort),
      filtered: matches !== null,
      matchCount,
      roles,
      hiddenCount,
      timeline: buildTimeline(rows),
    };
  }),

  /** Commenters in a thread with their comment counts, for the commenter picker. */
  authors: publicProcedure.input(z.object({ articleId })).query(({ ctx, input }) => ctx.store.threadAuthors(input.articleId)),
});

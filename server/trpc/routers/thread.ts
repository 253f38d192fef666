import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { buildThreadTree } from "../../threads/build-tree";
import { exchangeBetween, filterThread } from "../../threads/filter-thread";
import { flattenThread } from "../../threads/flat-thread";
import { sortThread } from "../../threads/sort-thread";
import { buildTimeline } from "../../threads/timeline";
import { createTRPCRouter, publicProcedure } from "../init";
import { THREAD_WINDOW } from "../limits";
import { articleId, threadInput } from "../schemas";

export const threadRouter = createTRPCRouter({
  /** The comment tree as one view: sorted, filtered, and with its shape for the charts. */
  get: publicProcedure.input(threadInput).query(async ({ ctx, input }) => {
    // Asked together: on PostgreSQL each is a round trip. The search is awaited only after the tree
    // is built: on a server the tree is built while the database still matches the words.
    const from = input.from ?? 0;
    const searching = input.q ? ctx.store.searchThread(input.articleId, input.q) : null;
    searching?.catch(() => {}); // awaited below; a failure before then must not go unhandled
    const [document, rows] = await Promise.all([
      ctx.store.getDocument(input.articleId),
      ctx.store.getThreadComments(input.articleId, { from, limit: THREAD_WINDOW }),
    ]);
    if (!document) throw new TRPCError({ code: "NOT_FOUND", message: `no article with id ${input.articleId}` });
    let roots = buildThreadTree(rows);
    const found = await searching;

    // Filters combine: a comment stays in view when it passes every one given.
    let matches: Set<string> | null = null;
    const narrow = (ids: Set<string>) => {
      matches = matches === null ? ids : new Set([...matches].filter((id) => ids.has(id)));
    };
    if (input.author) {
      const name = input.author.toLowerCase();
      narrow(new Set(rows.filter((r) => r.author?.toLowerCase() === name).map((r) => r.id)));
    }
    if (found) narrow(found);
    if (input.between) narrow(exchangeBetween(roots, input.between[0]!, input.between[1]!));

    let hiddenCount = 0;
    let matchCount = rows.length;
    const kept = matches as Set<string> | null; // narrowed by calls TypeScript does not follow
    if (matches !== null) ({ roots, hiddenCount, matchCount } = filterThread(roots, matches));
    return {
      document,
      /** In display order, each comment before its replies (flat-thread.ts). */
      comments: flattenThread(sortThread(roots, input.sort)),
      filtered: matches !== null,
      matchCount,
      /** The comments read, by document position: all of them unless the thread is larger than THREAD_WINDOW. */
      window: { from, count: rows.length, total: document.commentCount },
      hiddenCount,
      /** Over the comments the filter keeps, when there is one. */
      timeline: buildTimeline(kept === null ? rows : rows.filter((r) => kept.has(r.id))),
    };
  }),

  /** Commenters in a thread with their comment counts, for the commenter picker. */
  authors: publicProcedure.input(z.object({ articleId })).query(({ ctx, input }) => ctx.store.threadAuthors(input.articleId)),
});

import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { buildThreadTree } from "../../threads/build-tree";
import { flattenThread } from "../../threads/flat-thread";
import { createTRPCRouter, publicProcedure } from "../init";
import { THREAD_WINDOW } from "../limits";
import { articleId, articleInput, articleListInput } from "../schemas";

export const articleRouter = createTRPCRouter({
  list: publicProcedure.input(articleListInput.optional()).query(({ ctx, input }) => ctx.store.listArticles(input ?? {})),

  /** The article alone: what a page shows before the discussion arrives. */
  body: publicProcedure.input(z.object({ id: articleId })).query(async ({ ctx, input }) => {
    const article = await ctx.store.getArticle(input.id);
    if (!article) throw new TRPCError({ code: "NOT_FOUND", message: `no article with id ${input.id}` });
    return article;
  }),

  /** The article and its comments in the document contract's shape: what downloads are made from. */
  document: publicProcedure.input(z.object({ id: articleId })).query(async ({ ctx, input }) => {
    const doc = await ctx.store.getStoredDocument(input.id);
    if (!doc) throw new TRPCError({ code: "NOT_FOUND", message: `no article with id ${input.id}` });
    return doc;
  }),

  /** The article and its comments, flat (flat-thread.ts); a thread larger than THREAD_WINDOW a window at a time. */
  get: publicProcedure.input(articleInput).query(async ({ ctx, input }) => {
    const article = await ctx.store.getArticle(input.id);
    if (!article) throw new TRPCError({ code: "NOT_FOUND", message: `no article with id ${input.id}` });
    const from = input.from ?? 0;
    const rows = await ctx.store.getThreadComments(input.id, { from, limit: THREAD_WINDOW });
    return { ...article, comments: flattenThread(buildThreadTree(rows)), window: { from, count: rows.length, total: article.document.commentCount } };
  }),
});

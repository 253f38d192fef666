import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { getArticle, getThreadComments, listArticles } from "../../../db/queries";
import { buildThreadTree } from "../../threads/build-tree";
import { createTRPCRouter, publicProcedure } from "../init";

const articleId = z.string().min(1).max(200).regex(/^[A-Za-z0-9_-]+$/, "an article id is letters, digits, '-' and '_'");

export const articleRouter = createTRPCRouter({
  list: publicProcedure.query(({ ctx }) => listArticles(ctx.db)),

  get: publicProcedure.input(z.object({ id: articleId })).query(({ ctx, input }) => {
    const article = getArticle(ctx.db, input.id);
    if (!article) throw new TRPCError({ code: "NOT_FOUND", message: `no article with id ${input.id}` });
    return { ...article, comments: buildThreadTree(getThreadComments(ctx.db, input.id)) };
  }),
});

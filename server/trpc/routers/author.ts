import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { createTRPCRouter, publicProcedure } from "../init";
import { snippet } from "../../threads/snippet";
import { authorName, searchText, searchWords } from "../schemas";

export const authorRouter = createTRPCRouter({
  /** Every comment by one name across the corpus, with who they answer and who answers them. */
  get: publicProcedure.input(z.object({ name: authorName })).query(async ({ ctx, input }) => {
    const author = await ctx.store.getAuthor(input.name);
    if (!author) throw new TRPCError({ code: "NOT_FOUND", message: `no comments by ${input.name}` });
    return author;
  }),
  /** The replies two commenters wrote each other across the corpus, newest first. */
  exchange: publicProcedure.input(z.object({ name: authorName, with: authorName })).query(({ ctx, input }) => ctx.store.getExchange(input.name, input.with)),
});

/** Comments matching `q` across the corpus, latest ingested first, each with a marked snippet. */
export const searchProcedure = publicProcedure
  .input(z.object({ q: searchText.min(1, "a search needs a word"), limit: z.number().int().min(1).max(100).default(50) }))
  .query(async ({ ctx, input }) => {
    const words = searchWords(input.q);
    return (await ctx.store.searchCorpus(input.q, input.limit)).map(({ text, ...hit }) => ({ ...hit, snippet: snippet(text, words) }));
  });

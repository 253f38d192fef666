import { articleRouter } from "./routers/article";
import { authorRouter, searchProcedure } from "./routers/author";
import { commentRouter } from "./routers/comment";
import { threadRouter } from "./routers/thread";
import { createCallerFactory, createTRPCRouter } from "./init";

export const appRouter = createTRPCRouter({
  article: articleRouter,
  thread: threadRouter,
  comment: commentRouter,
  author: authorRouter,
  search: searchProcedure,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);

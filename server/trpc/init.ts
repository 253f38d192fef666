import { initTRPC } from "@trpc/server";
import { z, ZodError } from "zod";
import { getDb, type Db } from "../../db/client";

export interface Context {
  db: Db;
}

export function createContext(): Context {
  return { db: getDb() };
}

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    return {
      ...shape,
      data: {
        ...shape.data,
        zodError: error.cause instanceof ZodError ? z.flattenError(error.cause) : null,
      },
    };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure;

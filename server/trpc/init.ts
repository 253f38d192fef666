import { initTRPC } from "@trpc/server";
import { z, ZodError } from "zod";
import { getStore } from "../../db/open";
import type { Store } from "../../db/store";

export interface Context {
  store: Store;
}

export async function createContext(): Promise<Context> {
  return { store: await getStore() };
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

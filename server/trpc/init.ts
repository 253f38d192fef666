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

/** What a client is told of a fault of the server's own (a database gone, broken or newer): its text, SQL included, is for the log only. */
export const SERVER_FAULT = "The server could not answer: its database failed. The reason is in the server's log.";

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const fault = error.code === "INTERNAL_SERVER_ERROR";
    const { stack: _, ...data } = shape.data;
    return {
      ...shape,
      message: fault ? SERVER_FAULT : shape.message,
      data: { ...data, zodError: error.cause instanceof ZodError ? z.flattenError(error.cause) : null },
    };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure;

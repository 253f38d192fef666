import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";

/** Runs a procedure for a page; unknown ids and invalid input are the page's 404, anything else a real error. */
export async function orNotFound<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}

/** A URL's query value as one string (the first, if repeated). */
export function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

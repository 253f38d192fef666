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

/**
 * A path parameter as text. Next.js 16 hands generateMetadata the segment still encoded and
 * the page the same segment decoded ("a%25b" and "a%b"), so decode only what still decodes;
 * the proxy has already refused paths that do not decode at all.
 */
export function decodedParam(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** A URL's query value as one string (the first, if repeated). */
export function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

// What a page reads from its URL, checked once: the proxy answers 400 naming the parameter when
// a value is wrong, and the page reads the same values with the same rules.
import type { z } from "zod";
import { articleListInput, authorView, commentView, exportView, threadView } from "@/server/trpc/schemas";

export type Query = Record<string, string | string[] | undefined>;
type Parsed<T> = { ok: true; data: T } | { ok: false; problem: string };

function parse<S extends z.ZodType>(schema: S, query: Query, keys: readonly string[]): Parsed<z.output<S>> {
  const values: Record<string, string | undefined> = {};
  for (const key of keys) {
    const value = query[key];
    // Which of two values a reader meant cannot be known; an empty value means "not set".
    if (Array.isArray(value) && value.length > 1) return { ok: false, problem: `The “${key}” parameter is given ${value.length} times; give it once.` };
    values[key] = (Array.isArray(value) ? value[0] : value) || undefined;
  }
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const issue = result.error.issues[0]!;
  return { ok: false, problem: `The “${String(issue.path[0] ?? keys[0])}” parameter is not valid: ${issue.message}.` };
}

export const homeQuery = (query: Query) => parse(articleListInput, query, ["sort", "q"]);
export const threadQuery = (query: Query) => parse(threadView, query, ["sort", "author", "q", "depth", "from", "between"]);
export const commentQuery = (query: Query) => parse(commentView, query, ["context", "sort"]);
export const authorQuery = (query: Query) => parse(authorView, query, ["with"]);

export const exportQuery = (query: Query) => parse(exportView, query, ["format"]);

/** The request header in which proxy.ts hands the problem to the page that shows it. */
export const BAD_REQUEST_HEADER = "x-rethread-bad-request";

/** A URL's query as pages receive it: a key given twice holds both values. */
export function queryOf(search: URLSearchParams): Query {
  const query: Query = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    query[key] = values.length === 1 ? values[0] : values;
  }
  return query;
}

const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * Why a page request cannot be answered, in words for the reader, or null. Next.js fails on a
 * path it cannot percent-decode with a bare 500, so the proxy asks this first.
 */
export function requestProblem(pathname: string, search: URLSearchParams): string | null {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return "The address has a broken percent-encoding (a “%” not followed by a valid UTF-8 sequence).";
  }
  if (CONTROL.test(path)) return "The address contains control characters.";
  const query = queryOf(search);
  const page = /^\/(?:([acu])\/[^/]+\/?)?$/.exec(path);
  if (!page) return null;
  const parsed = page[1] === "a" ? threadQuery(query) : page[1] === "c" ? commentQuery(query) : page[1] === "u" ? authorQuery(query) : homeQuery(query);
  return parsed.ok ? null : parsed.problem;
}
